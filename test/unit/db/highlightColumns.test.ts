// Highlights stored as columns come back exactly as they were saved: every field, every tag and
// organization in order, a quote that differs from its selector's text, empty lists and notes.
import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '../../../lib/db/highlightColumns';
import type { HighlightRecord } from '../../../lib/db/types';
import { libraryData } from '../../../scripts/bench/takeawayData';
import { makeHighlight, PAGE_URL, T0 } from './testDb';

const roundTrip = (highlights: HighlightRecord[]) =>
  fromColumns(
    PAGE_URL,
    highlights.map((h) => h.id),
    toColumns(highlights),
  );

describe('highlights as columns', () => {
  it('gives back every field of every highlight, in order', () => {
    const highlights = [
      makeHighlight('a', 10, {
        note: 'Two lines\nof note, with <b>markup</b> kept as text',
        tags: ['gfmd', 'forums', 'gfmd-2007'],
        entryIds: ['gfmd', 'iom'],
        color: 'purple',
        createdAt: T0 - 5,
        updatedAt: T0 + 5,
      }),
      makeHighlight('b', 3, { tags: [], entryIds: [], note: '' }),
      makeHighlight('c', 99, { tags: ['only one'], entryIds: ['unhcr'] }),
    ];
    expect(roundTrip(highlights)).toEqual(highlights);
  });

  it('keeps a quote that differs from its selector’s text, and stores an equal one once', () => {
    const same = makeHighlight('same', 0);
    const differs = { ...makeHighlight('differs', 40), quote: 'the quote as first saved' };
    const columns = toColumns([same, differs]);
    expect(columns.quote).toEqual([null, 'the quote as first saved']);
    expect(roundTrip([same, differs])).toEqual([same, differs]);
  });

  it('keeps each highlight’s own tags when neighbours have none or several', () => {
    const highlights = [
      makeHighlight('x', 0, { tags: [] }),
      makeHighlight('y', 1, { tags: ['a', 'b'] }),
      makeHighlight('z', 2, { tags: [] }),
      makeHighlight('w', 3, { tags: ['c'] }),
    ];
    expect(roundTrip(highlights).map((h) => h.tags)).toEqual([[], ['a', 'b'], [], ['c']]);
  });

  it('gives back a whole generated library unchanged', () => {
    const { highlights } = libraryData(600, 1);
    const onOnePage = highlights.map((h) => ({ ...h, pageUrl: PAGE_URL }));
    expect(roundTrip(onOnePage)).toEqual(onOnePage);
  });

  it('gives back only the highlights at the places asked for, each with its own tags', () => {
    const highlights = [
      makeHighlight('p', 0, { tags: ['a', 'b'], entryIds: ['iom'] }),
      makeHighlight('q', 1, { tags: [], entryIds: [] }),
      makeHighlight('r', 2, { tags: ['c'], entryIds: ['unhcr', 'gfmd'] }),
      makeHighlight('s', 3, { tags: ['d', 'e', 'f'] }),
    ];
    const ids = highlights.map((h) => h.id);
    const some = fromColumns(PAGE_URL, ids, toColumns(highlights), new Set([3, 2]));
    expect(some).toEqual([highlights[2], highlights[3]]);
    expect(fromColumns(PAGE_URL, ids, toColumns(highlights), new Set())).toEqual([]);
  });
});
