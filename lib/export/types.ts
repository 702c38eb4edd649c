// What the Markdown exporter is given and what it gives back: one article's page record and
// highlights, the reader's notes on organizations, and the options that fix names and time.

import type { HighlightRecord, PageRecord, TermNoteRecord } from '../db/types';
import type { ColorNames } from '../highlights/colorNames';

/** One article to export: its page, its highlights (any order), and what is known of its text. */
export interface ArticleExport {
  page: PageRecord;
  highlights: readonly HighlightRecord[];
  /**
   * The article's text (the text model's `text`) when the page is open: links then carry only the
   * context they need. Without it, each link carries its stored prefix and suffix.
   */
  text?: string;
  /** Glossary entries the article names (from the overlay); the highlights' entries are added. */
  entryIds?: readonly string[];
}

/** What the exporter shows of a glossary entry. */
export interface EntryLabel {
  name: string;
  acronyms: readonly string[];
}

export interface MarkdownOptions {
  /** The clock for the `exported` time (ms since epoch); Date.now when left out. */
  now?: () => number;
  /** The reader's names for the highlight colours; the defaults when left out. */
  colorNames?: ColorNames;
  /**
   * Notes on organizations. One article's export keeps those on entries the article names (and
   * those written on its page); the collection keeps them all.
   */
  termNotes?: readonly TermNoteRecord[];
  /** Looks up a glossary entry (the reader's own entries included); the built-in glossary by default. */
  lookupEntry?: (id: string) => EntryLabel | undefined;
}

/** One file of a multi-file export: a file name (no directories) and its Markdown. */
export interface ExportFile {
  name: string;
  content: string;
}
