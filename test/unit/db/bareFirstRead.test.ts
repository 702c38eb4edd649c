// The notes page's first read without Dexie: it gives exactly what the same read through Dexie
// gives, on Chromium's one-request index read and on the three-request way other browsers take;
// and it never creates, upgrades or holds up the database Dexie manages.
import Dexie from 'dexie';
import { IDBIndex } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { bareFirstRead, bareFirstScreenSource } from '../../../lib/db/bareFirstRead';
import { readFirstScreenFrom } from '../../../lib/db/firstScreenRead';
import { changedPagesOf, newestHighlights } from '../../../lib/db/newestHighlights';
import {
  CURRENT_VERSION,
  declareVersion1,
  declareVersion2,
  declareVersion3,
  GlossDatabase,
} from '../../../lib/db/schema';
import { saveHighlight, saveTermNote } from '../../../lib/db/store';
import type { HighlightRecord } from '../../../lib/db/types';
import { seededRandom } from '../anchoring/random';
import { freshIndexedDb, makeHighlight, makePage, makeTermNote, openGloss, T0 } from './testDb';

type Api = Parameters<typeof bareFirstRead>[0];
const apiOf = (options: ReturnType<typeof freshIndexedDb>): Api => options as Api;

/** A library over many pages with few distinct change times, so that pages tie often. */
async function library(seed: number) {
  const options = freshIndexedDb();
  const db = await openGloss(options);
  const random = seededRandom(seed);
  const saved: HighlightRecord[] = [];
  for (let i = 0; i < 120; i++) {
    const url = `https://www.afsa.org/page-${random.int(0, 39)}`;
    const highlight = makeHighlight(`h${String(i).padStart(3, '0')}`, random.int(0, 500), {
      pageUrl: url,
      createdAt: T0,
      updatedAt: T0 + random.int(0, 5),
    });
    await saveHighlight(db, makePage({ url, title: `Page ${url.slice(-2)}` }), highlight);
    saved.push(highlight);
  }
  // Notes on organizations, one on a page with no highlight (and so no page record).
  await saveTermNote(db, makeTermNote('n-b', 'iom', { pageUrl: 'https://www.afsa.org/page-3' }));
  await saveTermNote(db, makeTermNote('n-a', 'iom', { pageUrl: 'https://www.afsa.org/none' }));
  await saveTermNote(db, makeTermNote('n-c', 'gfmd', { pageUrl: 'https://www.afsa.org/page-7' }));
  return { options, db, saved };
}

/** Hides Chromium's getAllRecords, as Firefox and older Chromium lack it. */
function withoutGetAllRecords(): () => void {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  const saved = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  delete proto.getAllRecords;
  return () => {
    if (saved) Object.defineProperty(proto, 'getAllRecords', saved);
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe.each(['getAllRecords', 'a key cursor and getAll'])('bareFirstRead, with %s', (way) => {
  it('reads pages most recently changed first, as Dexie’s backward read does', async () => {
    if (way !== 'getAllRecords') restore = withoutGetAllRecords();
    const { db } = await library(50);
    const asks = [Infinity, T0 + 4, T0 + 1, T0].flatMap((below) =>
      [1, 2, 7, 40].map((count) => [below, count] as const),
    );
    const urls = (pages: { pageUrl: string }[]) => pages.map((p) => p.pageUrl);
    const expected = [];
    for (const [below, count] of asks)
      expected.push(urls(await changedPagesOf(db).before(below, count)));
    const tx = db.backendDB().transaction(['pageHighlights', 'pages', 'termNotes'], 'readonly');
    const source = bareFirstScreenSource(tx, apiOf(freshIndexedDb()).IDBKeyRange);
    const found = [];
    for (const [below, count] of asks) found.push(urls(await source.before(below, count)));
    expect(found).toEqual(expected);
    expect(found.flat().length).toBeGreaterThan(asks.length);
    db.close();
  });

  it('gives what the same read through Dexie gives, for any limit', async () => {
    if (way !== 'getAllRecords') restore = withoutGetAllRecords();
    expect('getAllRecords' in IDBIndex.prototype).toBe(way === 'getAllRecords');
    for (const seed of [51, 52]) {
      const { options, db, saved } = await library(seed);
      for (const limit of [1, 2, 5, 17, 40, 119, 120, 200]) {
        const bare = await bareFirstRead(apiOf(options), 'fsj-gloss', CURRENT_VERSION, limit);
        expect(bare).toEqual(await readFirstScreenFrom(db, limit));
        // And that is the newest highlights of all, not only the same as Dexie's.
        const newest = (await newestHighlights(changedPagesOf(db), limit)).map((h) => h.id);
        expect(bare!.highlights.map((h) => h.id)).toEqual(newest);
        expect(newest).toHaveLength(Math.min(limit, saved.length));
      }
      db.close();
    }
  });
});

describe('bareFirstRead and the database Dexie manages', () => {
  it('gives null and creates nothing when there is no database yet', async () => {
    const options = freshIndexedDb();
    expect(await bareFirstRead(apiOf(options), 'fsj-gloss', CURRENT_VERSION, 10)).toBeNull();
    expect(await apiOf(options).indexedDB.databases()).toEqual([]);
    // Dexie then creates it as usual.
    const db = await openGloss(options);
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });

  it('gives null for a database an older version wrote, and Dexie still upgrades it', async () => {
    const options = freshIndexedDb();
    const old = new Dexie('fsj-gloss', options);
    declareVersion1(old);
    declareVersion2(old);
    declareVersion3(old);
    await old.open();
    await old.table('pages').add(makePage());
    await old.table('highlights').add(makeHighlight('h-old', 10));
    old.close();
    expect(await bareFirstRead(apiOf(options), 'fsj-gloss', CURRENT_VERSION, 10)).toBeNull();
    const db = new GlossDatabase('fsj-gloss', options);
    await db.open();
    expect((await readFirstScreenFrom(db, 10)).highlights.map((h) => h.id)).toEqual(['h-old']);
    db.close();
  });

  it('gives null for a database a later version wrote', async () => {
    const { options, db } = await library(53);
    db.close();
    expect(await bareFirstRead(apiOf(options), 'fsj-gloss', CURRENT_VERSION - 1, 10)).toBeNull();
    expect(await bareFirstRead(apiOf(options), 'fsj-gloss', CURRENT_VERSION, 10)).not.toBeNull();
  });
});
