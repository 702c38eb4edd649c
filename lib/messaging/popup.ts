// Typed messages to the content script of a tab: from the popup, and from the background for the
// keyboard shortcuts and the context menu.

import type { FsjIssue, HighlightColor, PageRecord } from '../db/types';

export type OverlayState = 'ready' | 'no-article' | 'off';

export interface TermCount {
  id: string;
  name: string;
  acronym: string | null;
  count: number;
}

/** One of this page's highlights, as the popup lists it. */
export interface HighlightSummary {
  id: string;
  quote: string;
  note: string;
  tags: string[];
  color: HighlightColor;
  /** placed where it was saved, placed at a fuzzy match, or not found on this page. */
  status: 'placed' | 'fuzzy' | 'orphan';
  /** False while its save failed (it is painted but not yet in the database). */
  saved: boolean;
}

export interface TabStatus {
  state: OverlayState;
  /** 'article' when Readability's article is annotated, 'page' when the user chose the whole page. */
  scope: 'article' | 'page';
  title: string | null;
  /** The FSJ issue and page the tab shows, when its address says (lib/page/pageInfo.ts). */
  issue: FsjIssue | null;
  pageNumber: number | null;
  host: string;
  terms: TermCount[];
  /** This page's highlights: placed ones in page order, then the orphans. */
  highlights: HighlightSummary[];
}

export type PopupMessage =
  | { type: 'gloss:status' }
  | { type: 'gloss:scroll-to'; entryId: string }
  | { type: 'gloss:annotate-page' }
  | { type: 'gloss:scroll-to-highlight'; id: string }
  | { type: 'gloss:reattach'; id: string }
  | { type: 'gloss:article' }
  | SelectionCommand;

/**
 * From a keyboard shortcut or the context menu (through the background): highlight the reader's
 * current selection, or open the note editor for it (the highlight is made when the note is saved).
 */
export interface SelectionCommand {
  type: 'gloss:selection-command';
  action: SelectionAction;
}

export type SelectionAction = 'highlight' | 'note';

/** Why a selection command did nothing; the page has told the reader already. */
export type SelectionRefusal =
  'off' | 'no-article' | 'no-selection' | 'excluded' | 'outside-article' | 'editing';

export type SelectionCommandReply = { done: true } | { done: false; reason: SelectionRefusal };

/** What the popup needs to export this article: its page record, text and the bodies it names. */
export interface ArticleInfo {
  page: PageRecord;
  /** The article's text model text; null when no article is annotated. */
  text: string | null;
  entryIds: string[];
}

export type PopupReply<M extends PopupMessage> = M extends { type: 'gloss:status' }
  ? TabStatus
  : M extends { type: 'gloss:scroll-to' }
    ? { found: boolean }
    : M extends { type: 'gloss:scroll-to-highlight' | 'gloss:reattach' }
      ? { found: boolean }
      : M extends { type: 'gloss:article' }
        ? ArticleInfo
        : M extends { type: 'gloss:selection-command' }
          ? SelectionCommandReply
          : TabStatus;

/** Tells whether something that arrived over runtime messaging is one of our popup messages. */
export function isPopupMessage(value: unknown): value is PopupMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'gloss:status' || type === 'gloss:annotate-page' || type === 'gloss:article') {
    return true;
  }
  if (type === 'gloss:scroll-to') {
    return typeof (value as { entryId?: unknown }).entryId === 'string';
  }
  if (type === 'gloss:scroll-to-highlight' || type === 'gloss:reattach') {
    return typeof (value as { id?: unknown }).id === 'string';
  }
  if (type === 'gloss:selection-command') {
    const action = (value as { action?: unknown }).action;
    return action === 'highlight' || action === 'note';
  }
  return false;
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
