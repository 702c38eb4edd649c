// The database schema: the tables and indexes of the current version, and the upgrade of a
// database that the first version filled (the second version's: schemaUpgradeV2.test.ts).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  declareVersion1,
  GlossDatabase,
  upgradeHighlightV1,
  type HighlightRecordV1,
  type PageRecordV1,
} from '../../../lib/db/schema';
import { listHighlights } from '../../../lib/db/store';
import { freshIndexedDb, indexesOf, openGloss, storedHighlights, T0 } from './testDb';

const BOOK = 'https://www.afsa.org/sites/default/files/flipping_book';

describe('the current schema', () => {
  it(`opens a new database at version ${CURRENT_VERSION} with four tables`, async () => {
    const db = await openGloss();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.name).toBe('fsj-gloss');
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'pageHighlights',
      'pageMentions',
      'pages',
      'termNotes',
    ]);
    db.close();
  });

  it('keys pages and their highlights by url, term notes by id', async () => {
    const db = await openGloss();
    expect(db.pages.schema.primKey.keyPath).toBe('url');
    expect(db.pageHighlights.schema.primKey.keyPath).toBe('pageUrl');
    expect(db.termNotes.schema.primKey.keyPath).toBe('id');
    db.close();
  });

  it('indexes a page’s highlights by each of their ids and by the time last changed', async () => {
    const db = await openGloss();
    expect(indexesOf(db, 'pageHighlights')).toEqual({
      ids: ['ids', true],
      updatedAt: ['updatedAt', false],
    });
    db.close();
  });

  it('indexes term notes by entry, pages by time', async () => {
    const db = await openGloss();
    expect(indexesOf(db, 'termNotes')).toEqual({ entryId: ['entryId', false] });
    expect(indexesOf(db, 'pages')).toEqual({ updatedAt: ['updatedAt', false] });
    db.close();
  });
});

/** What the first release left behind on a reader's disk. */
const v1Pages: PageRecordV1[] = [
  // The same page reached from a newsletter and then directly: two v1 pages, one page in v2.
  {
    url: `${BOOK}/0313/files/assets/seo/page28.html?utm_source=newsletter#top`,
    title: 'Page 28 - Foreign Service Journal - March 2013',
    savedAt: T0,
  },
  {
    url: `${BOOK}/0313/files/assets/seo/page28.html`,
    title: 'Page 28 - Foreign Service Journal - March 2013 (new title)',
    savedAt: T0 + 1000,
  },
  { url: 'https://www.afsa.org/migration-diplomacy-practice', title: 'Migration', savedAt: T0 },
];

const v1Highlights: HighlightRecordV1[] = [
  {
    id: 'h-newsletter',
    url: `${BOOK}/0313/files/assets/seo/page28.html?utm_source=newsletter#top`,
    text: 'Global Forum on Migration and Development',
    prefix: 'the ',
    suffix: ' met',
    start: 120,
    end: 161,
    color: '#90CAF9',
    note: 'Check the 2007 Brussels meeting.',
    tags: [' gfmd ', 'forums', '', 'gfmd'],
    createdAt: T0,
  },
  {
    id: 'h-direct',
    url: `${BOOK}/0313/files/assets/seo/page28.html`,
    text: 'IOM',
    prefix: 'said ',
    suffix: ' officials',
    start: 40,
    end: 43,
    color: 'rgb(1, 2, 3)',
    note: '',
    tags: [],
    createdAt: T0,
    updatedAt: T0 + 5000,
  },
  {
    // Its page record never made it to disk.
    id: 'h-orphan-page',
    url: `${BOOK}/070813/files/assets/basic-html/page-5.html`,
    text: 'AFSA',
    prefix: '',
    suffix: ' members',
    start: 0,
    end: 4,
    color: '#c5e1a5',
    note: 'n',
    tags: ['members'],
    createdAt: T0,
  },
];

async function fillVersion1(options: ReturnType<typeof freshIndexedDb>): Promise<void> {
  const v1 = new Dexie('fsj-gloss', options);
  declareVersion1(v1);
  await v1.open();
  await v1.table('pages').bulkAdd(v1Pages);
  await v1.table('highlights').bulkAdd(v1Highlights);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('upgrading a database filled at version 1', () => {
  it('keeps every highlight, with its text, note and times', async () => {
    const options = freshIndexedDb();
    await fillVersion1(options);
    const db = new GlossDatabase('fsj-gloss', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const upgraded = await storedHighlights(db);
    expect(upgraded.map((h) => h.id)).toEqual(['h-direct', 'h-newsletter', 'h-orphan-page']);
    for (const old of v1Highlights) {
      const now = upgraded.find((h) => h.id === old.id)!;
      expect(now.quote).toBe(old.text);
      expect(now.selectors.quote).toEqual({
        type: 'TextQuoteSelector',
        exact: old.text,
        prefix: old.prefix,
        suffix: old.suffix,
      });
      expect(now.selectors.position).toEqual({
        type: 'TextPositionSelector',
        start: old.start,
        end: old.end,
      });
      expect(now.note).toBe(old.note);
      expect(now.createdAt).toBe(old.createdAt);
      expect(now.updatedAt).toBe(old.updatedAt ?? old.createdAt);
      expect(now.entryIds).toEqual([]);
      expect(now).not.toHaveProperty('url');
      expect(now).not.toHaveProperty('text');
    }
    db.close();
  });

  it('files highlights under canonical addresses and merges the pages that differed only by tracking', async () => {
    const options = freshIndexedDb();
    await fillVersion1(options);
    const db = await openGloss(options);
    const page28 = `${BOOK}/0313/files/assets/seo/page28.html`;
    const onPage28 = (await listHighlights(db, page28)).map((h) => h.id);
    expect(onPage28.sort()).toEqual(['h-direct', 'h-newsletter']);

    const pages = await db.pages.orderBy('url').toArray();
    expect(pages.map((p) => p.url)).toEqual([
      'https://www.afsa.org/migration-diplomacy-practice',
      `${BOOK}/0313/files/assets/seo/page28.html`,
      `${BOOK}/070813/files/assets/basic-html/page-5.html`,
    ]);
    expect(pages[0]).toMatchObject({ issue: null, pageNumber: null, updatedAt: T0 });
    expect(pages[1]).toEqual({
      url: page28,
      title: 'Page 28 - Foreign Service Journal - March 2013 (new title)',
      issue: { code: '0313', year: 2013, month: 3, endMonth: 3 },
      pageNumber: 28,
      updatedAt: T0 + 5000,
    });
    expect(pages[2]).toMatchObject({
      title: '',
      issue: { code: '070813', year: 2013, month: 7, endMonth: 8 },
      pageNumber: 5,
    });
    db.close();
  });

  it('names colours and cleans tags', async () => {
    const options = freshIndexedDb();
    await fillVersion1(options);
    const db = await openGloss(options);
    const byId = new Map((await storedHighlights(db)).map((h) => [h.id, h]));
    expect(byId.get('h-newsletter')).toMatchObject({ color: 'blue', tags: ['gfmd', 'forums'] });
    expect(byId.get('h-direct')?.color).toBe('yellow');
    expect(byId.get('h-orphan-page')?.color).toBe('green');
    expect(byId.get('h-orphan-page')?.tags).toEqual(['members']);
    db.close();
  });

  it('orders the upgraded highlights of a page by their position', async () => {
    const options = freshIndexedDb();
    await fillVersion1(options);
    const db = await openGloss(options);
    const page28 = `${BOOK}/0313/files/assets/seo/page28.html`;
    const ordered = (await listHighlights(db, page28)).map((h) => h.id);
    expect(ordered).toEqual(['h-direct', 'h-newsletter']);
    db.close();
  });

  it('maps each version-1 field to its place in the current record', () => {
    expect(
      upgradeHighlightV1({
        id: 'x',
        url: 'https://example.org/a',
        text: 'q',
        prefix: 'p',
        suffix: 's',
        start: 3,
        end: 4,
        color: 'purple',
        note: 'n',
        tags: ['t'],
        createdAt: 1,
        updatedAt: 2,
      }),
    ).toEqual({
      id: 'x',
      pageUrl: 'https://example.org/a',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'q', prefix: 'p', suffix: 's' },
        position: { type: 'TextPositionSelector', start: 3, end: 4 },
      },
      quote: 'q',
      color: 'purple',
      note: 'n',
      tags: ['t'],
      entryIds: [],
      createdAt: 1,
      updatedAt: 2,
    });
  });
});
