// Typed messages between the popup and the content script of a tab.

export type OverlayState = 'ready' | 'no-article' | 'off';

export interface TermCount {
  id: string;
  name: string;
  acronym: string | null;
  count: number;
}

export interface TabStatus {
  state: OverlayState;
  /** 'article' when Readability's article is annotated, 'page' when the user chose the whole page. */
  scope: 'article' | 'page';
  title: string | null;
  host: string;
  terms: TermCount[];
}

export type PopupMessage =
  | { type: 'gloss:status' }
  | { type: 'gloss:scroll-to'; entryId: string }
  | { type: 'gloss:annotate-page' };

export type PopupReply<M extends PopupMessage> = M extends { type: 'gloss:status' }
  ? TabStatus
  : M extends { type: 'gloss:scroll-to' }
    ? { found: boolean }
    : TabStatus;

/** Tells whether something that arrived over runtime messaging is one of our popup messages. */
export function isPopupMessage(value: unknown): value is PopupMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'gloss:status' || type === 'gloss:annotate-page') return true;
  return type === 'gloss:scroll-to' && typeof (value as { entryId?: unknown }).entryId === 'string';
}

/** Content script to background: the full glossary entry for a card. */
export interface EntryRequest {
  type: 'gloss:entry';
  id: string;
}

export function isEntryRequest(value: unknown): value is EntryRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'gloss:entry' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}
