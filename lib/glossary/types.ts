// The shape of one glossary entry: what the matcher needs (names) and what the card shows (facts).
// Entries are plain data; adding a body to the glossary is adding an object, never code.

/** What kind of body an entry is; the card shows it and the popup groups by it. */
export type BodyKind =
  | 'intergovernmental organization'
  | 'UN agency'
  | 'UN principal organ'
  | 'UN peacekeeping mission'
  | 'peace-support mission'
  | 'military mission'
  | 'regional body'
  | 'forum'
  | 'consultative process'
  | 'coordination body'
  | 'framework'
  | 'conference'
  | 'US government agency'
  | 'US government bureau'
  | 'association'
  | 'publication'
  | 'personnel system'
  | 'non-governmental organization'
  | 'think tank';

export interface GlossaryEntry {
  /** Stable identifier, used in `data-gloss-term` and in saved notes; never change one once shipped. */
  id: string;
  /** Full official name, as the card's title. */
  name: string;
  /** Acronyms, matched case-sensitively with the acronym boundary rule (e.g. "IOM", "U.N."). */
  acronyms: string[];
  /**
   * Other names matched case-insensitively as whole words: former names, common short forms,
   * other-language names. British/American spellings and U.N./UN/United Nations forms are generated
   * by the matcher, so they need not be listed.
   */
  aliases: string[];
  kind: BodyKind;
  /** Year or short phrase ("1951", "1945 (charter signed)"); omitted when not confirmed. */
  founded?: string;
  /** Seat or headquarters ("Geneva, Switzerland"); omitted when not confirmed or when there is none. */
  seat?: string;
  /** One or two factual sentences written for this project. */
  summary: string;
  /** Official site. */
  url?: string;
  /** Where the facts come from (addresses or references), for anyone checking an entry. */
  source: string;
}

/** What matching and the popup need of an entry; the content script carries only this much. */
export type MatchingEntry = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms' | 'aliases'>;

/** What the popup and the card's count need of an entry once its names are compiled away. */
export type GlossaryLabel = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms'>;

/**
 * What the term card shows: a built-in entry, or one of the reader's own (marked `own`), which
 * has a name, acronyms, a sentence and a link but no kind, founding year or seat.
 */
export type CardEntry = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms' | 'summary' | 'url'> &
  Partial<Pick<GlossaryEntry, 'kind' | 'founded' | 'seat'>> & { own?: boolean };

/** The id of each of the reader's own entries starts with this; no built-in id does. */
export const USER_ID_PREFIX = 'user-';

/** The matching part of each entry (the card's text stays with the background). */
export function toMatchingEntries(entries: readonly GlossaryEntry[]): MatchingEntry[] {
  return entries.map(({ id, name, acronyms, aliases }) => ({ id, name, acronyms, aliases }));
}
