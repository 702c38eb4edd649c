// Reading everything for the export and the backup: every record of every table, the highlights in
// the order the page-order index gives (page by page, in reading order).
import { describe, expect, it } from 'vitest';
import { readEverything } from '../../../lib/db/readEverything';
import { allHighlights, allPages, allTermNotes } from '../../../lib/db/store';
import { makeHighlight, makePage, makeTermNote, openGloss, putHighlights } from './testDb';

describe('readEverything', () => {
  it('gives every page, highlight and note, highlights in page order as allHighlights does', async () => {
    const db = await openGloss();
    const other = 'https://example.org/a';
    await db.pages.bulkPut([makePage(), makePage({ url: other, title: 'A' })]);
    await putHighlights(db, [
      makeHighlight('z', 40),
      makeHighlight('b', 10, { pageUrl: other }),
      makeHighlight('a', 40),
      makeHighlight('c', 5),
      makeHighlight('d', 0, { pageUrl: other }),
    ]);
    await db.termNotes.bulkPut([makeTermNote('n2', 'unhcr'), makeTermNote('n1')]);
    const everything = await readEverything(db);
    expect(everything.highlights.map((h) => h.id)).toEqual(['d', 'b', 'c', 'a', 'z']);
    expect(everything).toEqual({
      pages: await allPages(db),
      highlights: await allHighlights(db),
      termNotes: await allTermNotes(db),
    });
  });

  it('gives the pages in the order allPages gives: newest first, same times by address, last first', async () => {
    const db = await openGloss();
    await db.pages.bulkPut([
      makePage({ url: 'https://example.org/b', updatedAt: 5 }),
      makePage({ url: 'https://example.org/a', updatedAt: 5 }),
      makePage({ url: 'https://example.org/c', updatedAt: 9 }),
      makePage({ url: 'https://example.org/d', updatedAt: 1 }),
    ]);
    const everything = await readEverything(db);
    expect(everything.pages.map((p) => p.url.slice(-1))).toEqual(['c', 'b', 'a', 'd']);
    expect(everything.pages).toEqual(await allPages(db));
  });

  it('still gives what allPages gives when a page has no time to sort by', async () => {
    const db = await openGloss();
    await db.pages.bulkPut([
      makePage({ url: 'https://example.org/a', updatedAt: 5 }),
      { ...makePage({ url: 'https://example.org/b' }), updatedAt: undefined as unknown as number },
    ]);
    expect((await readEverything(db)).pages).toEqual(await allPages(db));
  });
});
