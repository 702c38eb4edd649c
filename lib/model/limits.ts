// The limits on what the store keeps, one set for every way data comes in: a content script's
// request (lib/messaging/validateStore.ts), a backup being imported (lib/export/backupChecks.ts)
// and the reader frame's fields. The content script shares a renderer with the web page, so a
// message may have been forged or bloated; these bound what reaches the disk.

export const MAX_ID_LENGTH = 128;
export const MAX_URL_LENGTH = 8192;
/** A page's title (far beyond any real one). */
export const MAX_TITLE_LENGTH = 1000;
export const MAX_QUOTE_LENGTH = 20_000;
/** Prefix and suffix of a quote selector (the design keeps about 32 characters). */
export const MAX_CONTEXT_LENGTH = 256;
export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;
export const MAX_ENTRY_IDS = 200;
/** The article text sent to place highlights in (a whole long page fits with room to spare). */
export const MAX_ARTICLE_LENGTH = 5_000_000;
/** Largest text offset or page number accepted (far beyond any article). */
export const MAX_OFFSET = 10_000_000;
/** The latest time a JavaScript date can hold. */
export const MAX_TIME = 8.64e15;
