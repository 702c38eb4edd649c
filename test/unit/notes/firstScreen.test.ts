// The notes page's first screen, drawn from the most recently changed highlights before the rest
// are read: the items it shows must be exactly the newest items of the whole library, in order,
// even when older highlights were edited recently.
import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../../../lib/db/types';
import { lastChangedFirst } from '../../../lib/db/pageHighlights';
import { changedPagesOf, newestHighlights } from '../../../lib/db/newestHighlights';
import { updateHighlight } from '../../../lib/db/edits';
import { pagesOf, saveHighlight } from '../../../lib/db/store';
import { groupItems, newestFirst } from '../../../lib/notes/grouping';
import { settledAfter, settledItems, toItems, type NotesData } from '../../../lib/notes/items';
import { seededRandom } from '../anchoring/random';
import { makeHighlight, makePage, openGloss, storedHighlights, T0 } from '../db/testDb';

const MINUTE = 60_000;

/** A library of `count` highlights made a minute apart, with some of the oldest edited lately. */
async function library(count: number, edited: number[]) {
  const db = await openGloss();
  for (let i = 0; i < count; i++) {
    const at = T0 + i * MINUTE;
    await saveHighlight(
      db,
      makePage(),
      makeHighlight(`h${i}`, i * 10, { createdAt: at, updatedAt: at }),
    );
  }
  for (const [n, i] of edited.entries()) {
    await updateHighlight(db, `h${i}`, { note: 'edited' }, { note: '' }, T0 + (count + n) * MINUTE);
  }
  return db;
}

const keysOf = (data: NotesData) =>
  settledItems(toItems(data, T0), data)
    .sort(newestFirst)
    .map((i) => i.key);

describe('newestHighlights', () => {
  it('returns the most recently changed highlights, newest first', async () => {
    const db = await library(30, [2, 5]);
    const records = await newestHighlights(changedPagesOf(db), 5);
    expect(records.map((r) => r.id)).toEqual(['h5', 'h2', 'h29', 'h28', 'h27']);
  });

  it('returns everything when there are fewer than asked for', async () => {
    const db = await library(3, []);
    expect((await newestHighlights(changedPagesOf(db), 10)).map((r) => r.id)).toEqual([
      'h2',
      'h1',
      'h0',
    ]);
    const empty = await openGloss();
    expect(await newestHighlights(changedPagesOf(empty), 10)).toEqual([]);
  });
});

describe('newestHighlights over many pages', () => {
  it.each([44, 45, 46])(
    'gives what sorting every highlight would, for any limit (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      const db = await openGloss();
      const saved: HighlightRecord[] = [];
      for (let i = 0; i < 150; i++) {
        const url = `https://www.afsa.org/page-${random.int(0, 59)}`;
        // Few distinct times, so that ties across pages are common.
        const highlight = makeHighlight(`h${String(i).padStart(3, '0')}`, random.int(0, 500), {
          pageUrl: url,
          updatedAt: T0 + random.int(0, 6),
        });
        await saveHighlight(db, makePage({ url }), highlight);
        saved.push(highlight);
      }
      for (let limit = 1; limit <= 160; limit += 3) {
        const expected = [...saved].sort(lastChangedFirst).slice(0, limit);
        expect((await newestHighlights(changedPagesOf(db), limit)).map((h) => h.id)).toEqual(
          expected.map((h) => h.id),
        );
      }
    },
  );
});

describe('pagesOf', () => {
  it('reads the pages of the given URLs once each, and skips URLs with no page', async () => {
    const db = await library(2, []);
    const other = makePage({ url: 'https://www.afsa.org/other', title: 'Other' });
    await saveHighlight(db, other, makeHighlight('h-other', 0, { pageUrl: other.url }));
    const pages = await pagesOf(db, [
      makePage().url,
      makePage().url,
      'https://www.afsa.org/never-saved',
    ]);
    expect(pages.map((p) => p.url)).toEqual([makePage().url]);
  });
});

describe('settledItems', () => {
  it('shows exactly the newest items of the whole library, even with old ones edited lately', async () => {
    const db = await library(30, [2, 5, 20]);
    const records = await newestHighlights(changedPagesOf(db), 6);
    const partial: NotesData = {
      highlights: records,
      pages: [makePage()],
      termNotes: [],
      partial: { after: settledAfter(records, 6) },
    };
    const whole: NotesData = {
      highlights: await storedHighlights(db),
      pages: [makePage()],
      termNotes: [],
    };
    const shown = keysOf(partial);
    // h20, h5 and h2 were edited, not made, lately: they must not jump ahead. h27, the oldest
    // change read, is held back too: another highlight changed at that same time may be unread.
    expect(shown).toEqual(['h:h29', 'h:h28']);
    expect(keysOf(whole).slice(0, shown.length)).toEqual(shown);
    expect(
      groupItems(settledItems(toItems(partial, T0), partial))[0]!.pages[0]!.items,
    ).toHaveLength(2);
  });

  it('shows everything read when the read held the whole library', async () => {
    const db = await library(4, [1]);
    const records = await newestHighlights(changedPagesOf(db), 10);
    const partial: NotesData = {
      highlights: records,
      pages: [makePage()],
      termNotes: [],
      partial: { after: settledAfter(records, 10) },
    };
    expect(keysOf(partial)).toEqual(['h:h3', 'h:h2', 'h:h1', 'h:h0']);
  });
});
