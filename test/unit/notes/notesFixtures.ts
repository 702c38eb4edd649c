// Records for the notes page's tests: two FSJ issues, a page outside any issue, highlights with
// notes, tags and colours, and notes on organizations (one written on a page with no highlight).

import { vi } from 'vitest';
import type { NotesActions } from '../../../components/notes/NotesApp';
import type { HighlightRecord, PageRecord, TermNoteRecord } from '../../../lib/db/types';
import type { NotesData } from '../../../lib/notes/items';
import { describePage } from '../../../lib/page/pageInfo';

export const NOW = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;

const SEO = 'https://www.afsa.org/sites/default/files/flipping_book';
export const MARCH_28 = describePage(
  `${SEO}/0313/files/assets/seo/page28.html`,
  null,
  'Migration',
  NOW - 9 * DAY,
);
export const MARCH_30 = describePage(
  `${SEO}/0313/files/assets/seo/page30.html`,
  null,
  'Refugees',
  NOW - 8 * DAY,
);
export const DEC_17 = describePage(
  `${SEO}/1208/files/assets/seo/page17.html`,
  null,
  'Aid',
  NOW - 7 * DAY,
);
export const ARTICLE: PageRecord = describePage(
  'https://afsa.org/some-article',
  null,
  'An article',
  NOW,
);

let counter = 0;
export function highlight(page: PageRecord, fields: Partial<HighlightRecord>): HighlightRecord {
  const id = fields.id ?? `h${++counter}`;
  const quote = fields.quote ?? `Quote ${id}`;
  return {
    id,
    pageUrl: page.url,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: quote.length },
    },
    quote,
    color: 'yellow',
    note: '',
    tags: [],
    entryIds: [],
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...fields,
  };
}

export function termNote(pageUrl: string, fields: Partial<TermNoteRecord>): TermNoteRecord {
  const id = fields.id ?? `n${++counter}`;
  return {
    id,
    entryId: 'iom',
    note: `Note ${id}`,
    pageUrl,
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...fields,
  };
}

export const NAMES: Record<string, string> = {
  iom: 'International Organization for Migration (IOM)',
  unhcr: 'UN Refugee Agency (UNHCR)',
  usaid: 'U.S. Agency for International Development (USAID)',
};
export const names = (id: string) => NAMES[id] ?? id;

/** A small library: in March 2013 two pages, in December 2008 one, and an article. */
export function sampleData(): NotesData {
  return {
    pages: [MARCH_28, MARCH_30, DEC_17, ARTICLE],
    highlights: [
      highlight(MARCH_28, {
        id: 'm28a',
        quote: 'Tracking who has moved, where they have settled',
        note: 'Compare with DTM figures',
        tags: ['mali', 'data'],
        color: 'green',
        entryIds: ['iom'],
        createdAt: NOW - 5 * DAY,
      }),
      highlight(MARCH_28, {
        id: 'm28b',
        quote: 'Herders, traders and seasonal workers',
        createdAt: NOW - 2 * DAY,
      }),
      highlight(MARCH_30, {
        id: 'm30',
        quote: 'The Café Réfugié in Genève',
        note: 'Ask the Consulate',
        tags: ['geneva'],
        color: 'blue',
        entryIds: ['unhcr'],
        createdAt: NOW - 4 * DAY,
      }),
      highlight(DEC_17, {
        id: 'd17',
        quote: 'Development assistance was cut by a third',
        tags: ['data'],
        color: 'pink',
        entryIds: ['usaid'],
        createdAt: NOW - 1 * DAY,
      }),
      highlight(ARTICLE, { id: 'art', quote: 'A passage in an article', createdAt: NOW - 6 * DAY }),
    ],
    termNotes: [
      termNote(MARCH_28.url, {
        id: 'iom1',
        entryId: 'iom',
        note: 'Now a UN related organization',
        createdAt: NOW - 3 * DAY,
      }),
      // Written on a page where nothing was highlighted: no page record.
      termNote(`${SEO}/0313/files/assets/seo/page40.html`, {
        id: 'unhcr1',
        entryId: 'unhcr',
        note: 'Mandate from 1950',
        createdAt: NOW - 7 * DAY,
      }),
    ],
  };
}

/** Waits until `find` returns something (the page renders after promises and frames). */
export async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('not shown');
}

/**
 * The notes page's actions over `data` in memory: the first read gives it as the newest, the watch
 * gives it whole, and every write is a spy (or what `overrides` says).
 */
export function actionsWith(data: NotesData, overrides: Partial<NotesActions> = {}): NotesActions {
  return {
    readNewest: async () => ({
      ...data,
      partial: { after: -Infinity },
    }),
    watch: (onData) => {
      onData(data);
      return () => undefined;
    },
    updateHighlight: vi.fn(async () => undefined),
    deleteHighlight: vi.fn(async () => data.highlights[0]!),
    restoreHighlight: vi.fn(async () => undefined),
    saveTermNote: vi.fn(async () => undefined),
    updateTermNote: vi.fn(async () => undefined),
    deleteTermNote: vi.fn(async () => data.termNotes[0]!),
    ...overrides,
  };
}
