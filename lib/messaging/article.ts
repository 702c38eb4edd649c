// Typed messages for reading a page away from the page: the content script sends a numbered copy
// of its page as HTML, the background has it read in a document of the extension's own
// (lib/article/readPage.ts) and answers with a PageReading: where the article lies
// (lib/article/traceArticle.ts) and the glossary's occurrences in its text. The content script
// locates it in the live page and checks it sees the same text (lib/article/readArticle.ts).

import type { ArticleTrace } from '../article/traceArticle';
import type { Occurrence } from '../glossary/matcher';
import type { GlossaryLabel } from '../glossary/types';

export type ReadingScope = 'article' | 'page';

/** A copy of the page to read. */
export interface PageCopy {
  html: string;
  /** 'page': the whole page, when the reader asks for it on a page without an article. */
  scope: ReadingScope;
  /**
   * Null when the HTML's elements carry their numbers; else how many elements the page has, and
   * the reader numbers its own parse if that has as many (it usually has: numbering the copy in
   * the page costs a clone of the whole page).
   */
  elementCount: number | null;
}

/**
 * The port a content script sends its page's copy over, straight to the document that reads it
 * (Chrome's offscreen document, Firefox's background page): megabytes of HTML and the reading
 * that comes back never pass through Chrome's service worker, which keeps answering other tabs.
 */
export const READ_PAGE_PORT = 'gloss:read-page';

/** From the content script over the READ_PAGE_PORT port. */
export interface ReadPageRequest {
  type: 'gloss:read-page';
  copy: PageCopy;
}

/**
 * Content script to background, before each copy is sent: the reading document is made ready
 * (opened, and given the reader's own entries). Answered `{ ready: true }` or `{ error }`.
 */
export interface PrepareReadingRequest {
  type: 'gloss:prepare-reading';
}

/** Background to Chrome's offscreen document, which cannot read storage: the reader's entries. */
export interface ReadingEntriesMessage {
  type: 'gloss:reading-entries';
  /** As stored (checked where they are compiled). */
  userEntries: unknown;
}

/** Offscreen document to background: the bodies a tab's page named, for the index of bodies. */
export interface PageNamedMessage {
  type: 'gloss:page-named';
  /** The tab's address and title as the browser gave them with the port, not as the page says. */
  url: string;
  title: string;
  entryIds: string[];
}

export function isTyped<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

export function isPageNamed(value: unknown): value is PageNamedMessage {
  if (!isTyped<PageNamedMessage>(value, 'gloss:page-named')) return false;
  return (
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.entryIds) &&
    value.entryIds.every((id) => typeof id === 'string')
  );
}

/** What the extension's document read in the copy. */
export interface PageReading {
  /** Where the article lies; null for the whole page. */
  trace: ArticleTrace | null;
  /** The numbers of the elements inside the article that are FlippingBook's own lines. */
  leftOut: number[];
  /** The article's text as read there: the occurrences are offsets into it. */
  text: string;
  occurrences: Occurrence[];
  /** The entries the occurrences name. */
  labels: GlossaryLabel[];
}

/**
 * The reading, null when the page has no article; or a request for a numbered copy (the reader's
 * parse of an unnumbered one did not have the page's elements); or why it could not be read.
 */
export type ReadPageReply =
  { reading: PageReading | null } | { numbersNeeded: true } | { error: string };

/** Pages larger than this are not sent (the largest page of the test corpus is about 1.2 MB). */
export const MAX_PAGE_HTML = 32 * 1024 * 1024;

/** A whole number from zero up: a count, or an offset into a text. */
export const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isCounts = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every(isCount);

export function isReadPageRequest(value: unknown): value is ReadPageRequest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Record<keyof ReadPageRequest, unknown>>;
  if (m.type !== 'gloss:read-page' || typeof m.copy !== 'object' || m.copy === null) return false;
  const c = m.copy as Partial<Record<keyof PageCopy, unknown>>;
  return (
    typeof c.html === 'string' &&
    c.html.length <= MAX_PAGE_HTML &&
    (c.scope === 'article' || c.scope === 'page') &&
    (c.elementCount === null || isCount(c.elementCount))
  );
}

/** Whether a reply has the shape of a trace, before the content script relies on its numbers. */
export function isArticleTrace(value: unknown): value is ArticleTrace {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<Record<keyof ArticleTrace, unknown>>;
  return (
    (t.texts === null || (isCounts(t.texts) && t.texts.length % 2 === 0)) &&
    isCounts(t.elements) &&
    (t.title === null || typeof t.title === 'string')
  );
}

function isLabel(value: unknown): value is GlossaryLabel {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Partial<Record<keyof GlossaryLabel, unknown>>;
  return (
    typeof l.id === 'string' &&
    typeof l.name === 'string' &&
    Array.isArray(l.acronyms) &&
    l.acronyms.every((a) => typeof a === 'string')
  );
}

/** Whether a reading is well formed: every occurrence inside the text, every name labelled. */
export function isPageReading(value: unknown): value is PageReading {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof PageReading, unknown>>;
  if (!(r.trace === null || isArticleTrace(r.trace))) return false;
  if (typeof r.text !== 'string' || !isCounts(r.leftOut)) return false;
  if (!Array.isArray(r.labels) || !r.labels.every(isLabel)) return false;
  const ids = new Set(r.labels.map((l) => l.id));
  const length = r.text.length;
  return (
    Array.isArray(r.occurrences) &&
    r.occurrences.every((o: Partial<Occurrence> | null) => {
      if (typeof o !== 'object' || o === null) return false;
      return (
        typeof o.entryId === 'string' &&
        ids.has(o.entryId) &&
        isCount(o.start) &&
        isCount(o.end) &&
        o.start < o.end &&
        o.end <= length
      );
    })
  );
}

/** Whether a reply is one the background can send; anything else is treated as a failure. */
export function isReadPageReply(value: unknown): value is ReadPageReply {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { reading?: unknown; error?: unknown; numbersNeeded?: unknown };
  if (typeof r.error === 'string' || r.numbersNeeded === true) return true;
  return r.reading === null || isPageReading(r.reading);
}
