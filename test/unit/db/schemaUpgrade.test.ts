// Upgrading a database that the second or third version filled: version 3 dropped indexes that no
// query used, versions 4 and 5 moved highlights into one record per page. Every record comes
// through unchanged and every query the extension makes still answers as before.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  declareVersion1,
  declareVersion2,
  declareVersion3,
  GlossDatabase,
  PAGE_ORDER_INDEX,
} from '../../../lib/db/schema';
import { changedPagesOf, newestHighlights } from '../../../lib/db/newestHighlights';
import {
  allHighlights,
  allPages,
  listHighlights,
  listTermNotes,
  saveHighlight,
} from '../../../lib/db/store';
import {
  freshIndexedDb,
  indexesOf,
  makeHighlight,
  makePage,
  makeTermNote,
  PAGE_URL,
  T0,
  tables,
} from './testDb';

const OTHER_URL = 'https://www.afsa.org/migration-diplomacy-practice';

/** What the second release left behind: two pages, highlights saved out of reading order. */
const v2Pages = [
  makePage(),
  makePage({
    url: OTHER_URL,
    title: 'Migration',
    issue: null,
    pageNumber: null,
    updatedAt: T0 + 50,
  }),
];
const v2Highlights = [
  makeHighlight('h-late', 400, { tags: ['gfmd', 'forums'], color: 'blue', updatedAt: T0 + 30 }),
  makeHighlight('h-early', 10, { note: 'Check the 2007 meeting.', entryIds: ['iom', 'gfmd'] }),
  makeHighlight('h-middle', 120, { color: 'pink', tags: ['gfmd'], updatedAt: T0 + 10 }),
  makeHighlight('h-other', 5, { pageUrl: OTHER_URL, entryIds: [], updatedAt: T0 + 50 }),
];
const v2TermNotes = [
  makeTermNote('n-second', 'iom', { createdAt: T0 + 5 }),
  makeTermNote('n-first', 'iom', { createdAt: T0 }),
  makeTermNote('n-gfmd', 'gfmd'),
];

/** The highlights' indexes each version had. */
const HIGHLIGHT_INDEXES: Record<number, string[]> = {
  2: ['color', 'entryIds', 'pageUrl', PAGE_ORDER_INDEX, 'tags', 'updatedAt'],
  3: [PAGE_ORDER_INDEX, 'updatedAt'],
};

async function fill(version: 2 | 3, options: ReturnType<typeof freshIndexedDb>): Promise<void> {
  const old = new Dexie('fsj-gloss', options);
  declareVersion1(old);
  declareVersion2(old);
  if (version === 3) declareVersion3(old);
  await old.open();
  await old.table('pages').bulkAdd(v2Pages);
  await old.table('highlights').bulkAdd(v2Highlights);
  await old.table('termNotes').bulkAdd(v2TermNotes);
  expect(old.verno).toBe(version);
  expect(Object.keys(indexesOf(old, 'highlights')).sort()).toEqual(
    HIGHLIGHT_INDEXES[version]!.sort(),
  );
  old.close();
}

const byKey = <T>(records: T[], key: (r: T) => string) =>
  [...records].sort((a, b) => (key(a) < key(b) ? -1 : 1));

describe.each([2, 3] as const)('upgrading a database filled at version %i', (version) => {
  async function openUpgraded(): Promise<GlossDatabase> {
    const options = freshIndexedDb();
    await fill(version, options);
    const db = new GlossDatabase('fsj-gloss', options);
    await db.open();
    return db;
  }

  it(`opens at version ${CURRENT_VERSION} with every record of every table unchanged`, async () => {
    const db = await openUpgraded();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await tables(db)).toEqual({
      pages: byKey(v2Pages, (p) => p.url),
      highlights: byKey(v2Highlights, (h) => h.id),
      termNotes: byKey(v2TermNotes, (n) => n.id),
    });
    db.close();
  });

  it('keeps each page’s highlights in one record, in reading order, and no other table', async () => {
    const db = await openUpgraded();
    expect(db.backendDB().objectStoreNames.contains('highlights')).toBe(false);
    const pages = await db.pageHighlights.toArray();
    expect(pages.map((p) => [p.pageUrl, p.ids, p.updatedAt])).toEqual([
      [OTHER_URL, ['h-other'], T0 + 50],
      [PAGE_URL, ['h-early', 'h-middle', 'h-late'], T0 + 30],
    ]);
    expect(indexesOf(db, 'termNotes')).toEqual({ entryId: ['entryId', false] });
    expect(indexesOf(db, 'pages')).toEqual({ updatedAt: ['updatedAt', false] });
    db.close();
  });

  it('still lists a page’s highlights in reading order, and everything in page order', async () => {
    const db = await openUpgraded();
    expect((await listHighlights(db, PAGE_URL)).map((h) => h.id)).toEqual([
      'h-early',
      'h-middle',
      'h-late',
    ]);
    expect((await allHighlights(db)).map((h) => h.id)).toEqual([
      'h-other',
      'h-early',
      'h-middle',
      'h-late',
    ]);
    db.close();
  });

  it('still finds the newest highlights, the most recent pages and an entry’s notes', async () => {
    const db = await openUpgraded();
    const newest = await newestHighlights(changedPagesOf(db), 2);
    expect(newest.map((h) => h.id)).toEqual(['h-other', 'h-late']);
    expect((await allPages(db)).map((p) => p.url)).toEqual([OTHER_URL, PAGE_URL]);
    expect((await listTermNotes(db, 'iom')).map((n) => n.id)).toEqual(['n-first', 'n-second']);
    db.close();
  });

  it('saves a new highlight into its place in the page’s reading order', async () => {
    const db = await openUpgraded();
    await saveHighlight(db, makePage({ updatedAt: T0 + 60 }), makeHighlight('h-new', 200));
    expect((await listHighlights(db, PAGE_URL)).map((h) => h.id)).toEqual([
      'h-early',
      'h-middle',
      'h-new',
      'h-late',
    ]);
    db.close();
  });
});
