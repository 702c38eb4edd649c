// The records the extension keeps: pages, highlights (with their notes) and notes on glossary
// entries. Plain objects, shared by the database, the messages and the UI.

import type { Selectors } from '../anchoring/types';

/** The five highlight colours; their display names are the user's to change. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_COLOR: HighlightColor = 'yellow';

/** Which FSJ issue a page belongs to, when its address or title says so. */
export interface FsjIssue {
  /** The archive's code: `0313`, combined `070813`, annual report `ar2013`. */
  code: string;
  year: number;
  /** First month of the issue, 1–12; null for an annual report. */
  month: number | null;
  /** Last month for a combined issue (07–08), else equal to `month`. */
  endMonth: number | null;
}

export interface PageRecord {
  /** Canonical address: fragment and tracking parameters removed, rel=canonical honoured. */
  url: string;
  title: string;
  issue: FsjIssue | null;
  /** The page number within the issue (FlippingBook pages), when known. */
  pageNumber: number | null;
  /** When a highlight was last saved on it (ms since epoch). */
  updatedAt: number;
}

export interface HighlightRecord {
  /** Random UUID, made where the highlight is created. */
  id: string;
  /** Canonical address of the page (PageRecord.url). */
  pageUrl: string;
  selectors: Selectors;
  /** The quoted passage, as it was when saved. */
  quote: string;
  color: HighlightColor;
  /** The user's note; '' when none. Plain text, never HTML. */
  note: string;
  tags: string[];
  /** Glossary entries the passage names (ids), for export and filtering. */
  entryIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** A note on a glossary entry (an organization), shown in its card on every page naming it. */
export interface TermNoteRecord {
  id: string;
  entryId: string;
  note: string;
  /** Where it was written, for reference. */
  pageUrl: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * Which glossary bodies a page named when the reader last had it marked, for the index of
 * organizations ("FSJ pages you opened that name it"). Kept only in the extension's database.
 */
export interface PageMentionsRecord {
  /** Canonical address of the page, as the tab showed it (the page's own canonical link aside). */
  url: string;
  title: string;
  issue: FsjIssue | null;
  pageNumber: number | null;
  /** The bodies named, in order of first mention, and how many times each (same order). */
  entryIds: string[];
  counts: number[];
  /** When the page was last marked (ms since epoch). */
  seenAt: number;
}

/** What may be changed on a saved highlight. */
export type HighlightChanges = Partial<
  Pick<HighlightRecord, 'note' | 'tags' | 'color' | 'selectors' | 'quote' | 'entryIds'>
>;

/** What may be changed on a saved note on a glossary entry. */
export type TermNoteChanges = Partial<Pick<TermNoteRecord, 'note'>>;
