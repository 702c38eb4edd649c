// The store: what saving, changing, deleting and restoring highlights and term notes does to the
// database, and what the content script is told when a request cannot be carried out.
import { forceCloseDatabase, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossDatabase } from '../../../lib/db/schema';
import {
  allHighlights,
  allPages,
  allTermNotes,
  deleteHighlight,
  deleteTermNote,
  handleStoreRequest,
  listHighlights,
  listTermNotes,
  restoreHighlight,
  saveHighlight,
  saveTermNote,
} from '../../../lib/db/store';
import { updateHighlight } from '../../../lib/db/edits';
import {
  freshIndexedDb,
  makeHighlight,
  makePage,
  makeTermNote,
  openGloss,
  PAGE_URL,
  storedHighlight,
  storedHighlights,
  T0,
} from './testDb';

const OTHER_URL = 'https://www.afsa.org/migration-diplomacy-practice';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('highlights on a page', () => {
  it('lists a page’s highlights in reading order, whatever order they were saved in', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('c', 900));
    await saveHighlight(db, makePage(), makeHighlight('a', 10));
    await saveHighlight(db, makePage(), makeHighlight('b', 250));
    await saveHighlight(
      db,
      makePage({ url: OTHER_URL }),
      makeHighlight('x', 0, { pageUrl: OTHER_URL }),
    );
    expect((await listHighlights(db, PAGE_URL)).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect((await listHighlights(db, OTHER_URL)).map((h) => h.id)).toEqual(['x']);
    expect(await listHighlights(db, 'https://example.org/none')).toEqual([]);
  });

  it('saves the page’s record with its first highlight', async () => {
    const db = await openGloss();
    const highlight = makeHighlight('h1', 5, {
      note: 'Founded 1951 as PICMME.',
      tags: ['history'],
    });
    expect(await saveHighlight(db, makePage(), highlight)).toEqual(highlight);
    expect(await db.pages.get(PAGE_URL)).toEqual(makePage());
    expect(await storedHighlight(db, 'h1')).toEqual(highlight);
  });

  it('saving an existing id replaces that highlight, and the page keeps its latest time', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage({ updatedAt: T0 + 10 }), makeHighlight('h1'));
    await saveHighlight(db, makePage({ updatedAt: T0 }), makeHighlight('h1', 0, { color: 'blue' }));
    expect((await storedHighlights(db)).length).toBe(1);
    expect((await storedHighlight(db, 'h1'))?.color).toBe('blue');
    expect((await db.pages.get(PAGE_URL))?.updatedAt).toBe(T0 + 10);
  });

  it('saving an id already filed under another page moves it there: never two copies', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1', 0));
    await saveHighlight(db, makePage(), makeHighlight('h2', 9));
    const other = makePage({ url: OTHER_URL });
    await saveHighlight(db, other, makeHighlight('h1', 3, { pageUrl: OTHER_URL }));
    expect((await listHighlights(db, PAGE_URL)).map((h) => h.id)).toEqual(['h2']);
    expect((await listHighlights(db, OTHER_URL)).map((h) => h.id)).toEqual(['h1']);
    await deleteHighlight(db, 'h2');
    // A page with nothing left on it keeps no record of highlights (its page record stays).
    expect((await db.pageHighlights.toArray()).map((p) => p.pageUrl)).toEqual([OTHER_URL]);
    expect(await db.pages.count()).toBe(2);
  });

  it('refuses a highlight filed under another page than the one given, writing nothing', async () => {
    const db = await openGloss();
    await expect(
      saveHighlight(db, makePage(), makeHighlight('h1', 0, { pageUrl: OTHER_URL })),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.pages.count()).toBe(0);
    expect((await storedHighlights(db)).length).toBe(0);
  });

  it('updating changes only the given fields and stamps the highlight and its page', async () => {
    const db = await openGloss();
    const original = makeHighlight('h1', 5, { note: 'old', tags: ['a'] });
    await saveHighlight(db, makePage(), original);
    const updated = await updateHighlight(
      db,
      'h1',
      { note: 'new', color: 'pink' },
      { note: 'old', color: 'yellow' },
      T0 + 60_000,
    );
    expect(updated).toEqual({ ...original, note: 'new', color: 'pink', updatedAt: T0 + 60_000 });
    expect(await storedHighlight(db, 'h1')).toEqual(updated);
    expect((await db.pages.get(PAGE_URL))?.updatedAt).toBe(T0 + 60_000);
  });

  it('updating ignores fields given as undefined', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1', 0, { note: 'keep' }));
    const updated = await updateHighlight(
      db,
      'h1',
      { note: undefined, tags: ['t'] },
      { note: 'keep', tags: [] },
      T0 + 1,
    );
    expect(updated).toMatchObject({ note: 'keep', tags: ['t'] });
  });

  it('updating a highlight that does not exist is "not found"', async () => {
    const db = await openGloss();
    await expect(updateHighlight(db, 'gone', { note: 'x' }, { note: '' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('deleting returns the record as it was and removes it', async () => {
    const db = await openGloss();
    const highlight = makeHighlight('h1', 5, { note: 'n' });
    await saveHighlight(db, makePage(), highlight);
    expect(await deleteHighlight(db, 'h1')).toEqual(highlight);
    expect(await listHighlights(db, PAGE_URL)).toEqual([]);
    await expect(deleteHighlight(db, 'h1')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('delete then restore gives back the same record, times included', async () => {
    const db = await openGloss();
    const highlight = makeHighlight('h1', 5, {
      note: 'On the Global Forum',
      tags: ['gfmd', 'forums'],
      color: 'purple',
      updatedAt: T0 + 42,
    });
    await saveHighlight(db, makePage(), highlight);
    await saveHighlight(db, makePage(), makeHighlight('h2', 100));
    const before = await listHighlights(db, PAGE_URL);

    const deleted = await deleteHighlight(db, 'h1');
    await restoreHighlight(db, makePage({ updatedAt: T0 + 99 }), deleted);

    expect(await storedHighlight(db, 'h1')).toEqual(highlight);
    expect(await listHighlights(db, PAGE_URL)).toEqual(before);
    expect((await db.pages.get(PAGE_URL))?.updatedAt).toBe(T0);
  });

  it('restoring writes the page record when it is missing, and restoring twice is harmless', async () => {
    const db = await openGloss();
    const highlight = makeHighlight('h1');
    await restoreHighlight(db, makePage(), highlight);
    await restoreHighlight(db, makePage(), highlight);
    expect(await db.pages.toArray()).toEqual([makePage()]);
    expect(await storedHighlights(db)).toEqual([highlight]);
  });
});

describe('notes on glossary entries', () => {
  it('lists an entry’s notes, oldest first', async () => {
    const db = await openGloss();
    await saveTermNote(db, makeTermNote('n2', 'iom', { createdAt: T0 + 2 }));
    await saveTermNote(db, makeTermNote('n1', 'iom', { createdAt: T0 + 1 }));
    await saveTermNote(db, makeTermNote('n3', 'unhcr'));
    expect((await listTermNotes(db, 'iom')).map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('saving an existing id replaces the note; deleting returns it', async () => {
    const db = await openGloss();
    await saveTermNote(db, makeTermNote('n1'));
    const edited = makeTermNote('n1', 'iom', { note: 'Edited', updatedAt: T0 + 5 });
    await saveTermNote(db, edited);
    expect(await listTermNotes(db, 'iom')).toEqual([edited]);
    expect(await deleteTermNote(db, 'n1')).toEqual(edited);
    await expect(deleteTermNote(db, 'n1')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('reading everything (notes page, export)', () => {
  it('gives highlights grouped by page in reading order, pages most recent first, notes by entry', async () => {
    const db = await openGloss();
    await saveHighlight(
      db,
      makePage({ url: OTHER_URL, updatedAt: T0 + 50 }),
      makeHighlight('o', 3, { pageUrl: OTHER_URL }),
    );
    await saveHighlight(db, makePage(), makeHighlight('p2', 200));
    await saveHighlight(db, makePage(), makeHighlight('p1', 20));
    await saveTermNote(db, makeTermNote('u', 'unhcr'));
    await saveTermNote(db, makeTermNote('i2', 'iom', { createdAt: T0 + 2 }));
    await saveTermNote(db, makeTermNote('i1', 'iom', { createdAt: T0 + 1 }));

    expect((await allHighlights(db)).map((h) => h.id)).toEqual(['o', 'p1', 'p2']);
    expect((await allPages(db)).map((p) => p.url)).toEqual([OTHER_URL, PAGE_URL]);
    expect((await allTermNotes(db)).map((n) => n.id)).toEqual(['i1', 'i2', 'u']);
  });
});

describe('two tabs saving at once (two connections to one database)', () => {
  it('keeps every highlight both tabs saved', async () => {
    const shared = freshIndexedDb();
    const tabA = await openGloss(shared);
    const tabB = await openGloss(shared);
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 25; i++) {
      saves.push(
        saveHighlight(tabA, makePage({ updatedAt: T0 + i }), makeHighlight(`a${i}`, i * 10)),
      );
      saves.push(
        saveHighlight(tabB, makePage({ updatedAt: T0 + i }), makeHighlight(`b${i}`, i * 10 + 5)),
      );
    }
    await Promise.all(saves);
    const reader = await openGloss(shared);
    expect((await storedHighlights(reader)).length).toBe(50);
    expect(await reader.pages.toArray()).toEqual([makePage({ updatedAt: T0 + 24 })]);
  });

  it('keeps both changes when the tabs change different fields of one highlight', async () => {
    const shared = freshIndexedDb();
    const tabA = await openGloss(shared);
    const tabB = await openGloss(shared);
    await saveHighlight(tabA, makePage(), makeHighlight('h1'));
    await Promise.all([
      updateHighlight(tabA, 'h1', { note: 'from tab A' }, { note: '' }, T0 + 1),
      updateHighlight(tabB, 'h1', { tags: ['from-tab-b'] }, { tags: [] }, T0 + 2),
      updateHighlight(tabA, 'h1', { color: 'green' }, { color: 'yellow' }, T0 + 3),
    ]);
    expect(await storedHighlight(tabB, 'h1')).toMatchObject({
      note: 'from tab A',
      tags: ['from-tab-b'],
      color: 'green',
    });
  });
});

/** Makes IndexedDB refuse every put into `store` as a full disk does. */
function diskFullFor(store: string): void {
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === store) throw new DOMException('The disk is full.', 'QuotaExceededError');
    return realPut.apply(this, args);
  });
}

describe('when a write fails', () => {
  it('a full disk is reported as "quota" and the page record written before it is undone', async () => {
    const db = await openGloss();
    diskFullFor('pageHighlights');
    const reply = await handleStoreRequest(db, {
      type: 'gloss:highlights:save',
      page: makePage(),
      highlight: makeHighlight('h1'),
    });
    expect(reply).toEqual({
      ok: false,
      error: { kind: 'quota', message: expect.stringMatching(/disk/) },
    });
    vi.restoreAllMocks();
    expect(await db.pages.count()).toBe(0);
    expect((await storedHighlights(db)).length).toBe(0);
  });

  it('a full disk during an update leaves the highlight and its page as they were', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1', 0, { note: 'before' }));
    // The update stamps the page with the current time; only the clock is faked, not timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 + 60_000);
    diskFullFor('pages');
    const reply = await handleStoreRequest(db, {
      type: 'gloss:highlights:update',
      id: 'h1',
      changes: { note: 'after' },
      base: { note: 'before' },
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'quota' } });
    vi.restoreAllMocks();
    expect((await storedHighlight(db, 'h1'))?.note).toBe('before');
    expect((await db.pages.get(PAGE_URL))?.updatedAt).toBe(T0);
  });

  it('a closed database is reported as "closed" and nothing is written', async () => {
    const shared = freshIndexedDb();
    const db = await openGloss(shared);
    db.close();
    const reply = await handleStoreRequest(db, {
      type: 'gloss:highlights:save',
      page: makePage(),
      highlight: makeHighlight('h1'),
    });
    expect(reply).toEqual({
      ok: false,
      error: { kind: 'closed', message: expect.stringMatching(/Reload the page/) },
    });
    const reopened = new GlossDatabase('fsj-gloss', shared);
    expect((await storedHighlights(reopened)).length).toBe(0);
  });

  it('a full disk reported only when the write completes (as browsers do) is also undone', async () => {
    const db = new GlossDatabase('fsj-gloss', freshIndexedDb());
    // Below Dexie, fail every write to the highlights table after the request has been made.
    db.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'pageHighlights') return table;
          return {
            ...table,
            mutate: async () => {
              await Promise.resolve();
              throw new DOMException('The disk is full.', 'QuotaExceededError');
            },
          };
        },
      }),
    });
    const reply = await handleStoreRequest(db, {
      type: 'gloss:highlights:save',
      page: makePage(),
      highlight: makeHighlight('h1'),
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'quota' } });
    db.unuse({ stack: 'dbcore', name: 'disk-full' });
    expect(await db.pages.count()).toBe(0);
  });

  it('after the browser closes the connection (site data cleared), the next request reopens it', async () => {
    const db = await openGloss();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie says it reopens.
    forceCloseDatabase(db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(
      await handleStoreRequest(db, {
        type: 'gloss:highlights:save',
        page: makePage(),
        highlight: makeHighlight('h1'),
      }),
    ).toMatchObject({ ok: true });
    expect((await storedHighlights(db)).length).toBe(1);
  });

  it('a missing record is "not found" and a malformed request "invalid", as replies', async () => {
    const db = await openGloss();
    expect(
      await handleStoreRequest(db, { type: 'gloss:highlights:delete', id: 'gone' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    const bad = await handleStoreRequest(db, { type: 'gloss:highlights:delete', id: '' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await handleStoreRequest(db, null)).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
  });

  it('a successful request replies ok with its value', async () => {
    const db = await openGloss();
    const highlight = makeHighlight('h1');
    expect(
      await handleStoreRequest(db, { type: 'gloss:highlights:save', page: makePage(), highlight }),
    ).toEqual({ ok: true, value: highlight });
    expect(
      await handleStoreRequest(db, { type: 'gloss:highlights:list', pageUrl: PAGE_URL }),
    ).toEqual({
      ok: true,
      value: [highlight],
    });
  });
});
