// Importing a backup into the database: export then import into an empty profile gives back the
// very same tables; importing merges (a record is replaced only by a later version of itself,
// nothing is duplicated or deleted); and a file that cannot be read, invalid records, a full disk
// or a closed database leave the database exactly as it was.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBackup, type ImportResult } from '../../../lib/db/importBackup';
import { GlossDatabase } from '../../../lib/db/schema';
import {
  listHighlights,
  allHighlights,
  allPages,
  allTermNotes,
  deleteHighlight,
  saveHighlight,
  saveTermNote,
} from '../../../lib/db/store';
import type { BackupData } from '../../../lib/export/backupFormat';
import { readBackup } from '../../../lib/export/backupRead';
import { backupText } from '../../../lib/export/backupWrite';
import { NOW, parsedBackup, sampleData } from '../export/backupSample';
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
  tables,
} from './testDb';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Saves the sample through the store, as the extension would have. */
async function fill(db: GlossDatabase, data: BackupData = sampleData()): Promise<void> {
  for (const highlight of data.highlights) {
    const page = data.pages.find((p) => p.url === highlight.pageUrl);
    if (page) await saveHighlight(db, page, highlight);
  }
  for (const note of data.termNotes) await saveTermNote(db, note);
  // A page whose only highlight was deleted keeps its record.
  for (const page of data.pages) {
    if (!data.highlights.some((h) => h.pageUrl === page.url)) {
      await saveHighlight(db, page, makeHighlight('gone', 0, { pageUrl: page.url }));
      await deleteHighlight(db, 'gone');
    }
  }
}

/** What the user does: export everything from one profile to a file's text. */
async function exportAll(db: GlossDatabase): Promise<string> {
  const data = {
    pages: await allPages(db),
    highlights: await allHighlights(db),
    termNotes: await allTermNotes(db),
  };
  return backupText(data, NOW);
}

/** What the user does: choose a file and import it (read first, then import if it can be read). */
async function importFile(db: GlossDatabase, text: string): Promise<ImportResult | string> {
  const read = readBackup(text);
  return read.ok ? importBackup(db, read.data) : read.error;
}

describe('export, then import into an empty profile', () => {
  it('gives back exactly the same records in every table', async () => {
    const source = await openGloss();
    await fill(source);
    const target = await openGloss();
    const result = await importFile(target, await exportAll(source));
    expect(result).toMatchObject({ ok: true, counts: { added: 7, updated: 0, unchanged: 0 } });
    expect(await tables(target)).toEqual(await tables(source));
    expect((await tables(target)).pages).toHaveLength(4);
  });

  it('counts what was added, per table and in all', async () => {
    const db = await openGloss();
    expect(await importBackup(db, sampleData())).toEqual({
      ok: true,
      counts: {
        added: 7,
        updated: 0,
        unchanged: 0,
        pages: { added: 4, updated: 0, unchanged: 0 },
        highlights: { added: 4, updated: 0, unchanged: 0 },
        termNotes: { added: 3, updated: 0, unchanged: 0 },
        refused: [],
      },
    });
  });

  it('importing the same backup again changes nothing', async () => {
    const db = await openGloss();
    await importBackup(db, sampleData());
    const before = await tables(db);
    expect(await importBackup(db, sampleData())).toMatchObject({
      ok: true,
      counts: {
        added: 0,
        updated: 0,
        unchanged: 7,
        pages: { added: 0, updated: 0, unchanged: 4 },
      },
    });
    expect(await tables(db)).toEqual(before);
  });
});

describe('merging into a profile that has records already', () => {
  it('keeps every record the backup does not have: an import never deletes', async () => {
    const db = await openGloss();
    const mine = makeHighlight('mine', 900, { note: 'only here' });
    await saveHighlight(db, makePage({ updatedAt: T0 + 1e6 }), mine);
    await saveTermNote(db, makeTermNote('my-note', 'gfmd'));
    await importBackup(db, sampleData());
    expect(await storedHighlight(db, 'mine')).toEqual(mine);
    expect(await db.termNotes.get('my-note')).toEqual(makeTermNote('my-note', 'gfmd'));
    expect((await storedHighlights(db)).length).toBe(5);
    expect(await db.termNotes.count()).toBe(4);
  });

  it('replaces a record by the backup’s version when that one is later, and not otherwise', async () => {
    const db = await openGloss();
    const stored = [
      makeHighlight('older-here', 0, { note: 'stored', updatedAt: T0 + 10 }),
      makeHighlight('newer-here', 50, { note: 'stored', updatedAt: T0 + 30 }),
      makeHighlight('same-time', 90, { note: 'stored', updatedAt: T0 + 20 }),
    ];
    for (const h of stored) await saveHighlight(db, makePage(), h);
    const backup: BackupData = {
      pages: [],
      highlights: [
        makeHighlight('older-here', 0, { note: 'from backup', tags: ['b'], updatedAt: T0 + 20 }),
        makeHighlight('newer-here', 50, { note: 'from backup', updatedAt: T0 + 20 }),
        makeHighlight('same-time', 90, { note: 'from backup', updatedAt: T0 + 20 }),
        makeHighlight('new', 120),
      ],
      termNotes: [],
    };
    const result = await importBackup(db, backup);
    expect(result).toMatchObject({ ok: true, counts: { added: 1, updated: 1, unchanged: 2 } });
    expect(await storedHighlight(db, 'older-here')).toEqual(backup.highlights[0]);
    expect(await storedHighlight(db, 'newer-here')).toEqual(stored[1]);
    // A tie keeps what is stored: the import has no reason to prefer its own copy.
    expect(await storedHighlight(db, 'same-time')).toEqual(stored[2]);
    expect((await storedHighlights(db)).length).toBe(4);
  });

  it('a later version filed under another page moves the highlight there; an earlier one does not', async () => {
    const db = await openGloss();
    const other = 'https://www.afsa.org/migration-diplomacy-practice';
    await saveHighlight(db, makePage(), makeHighlight('moves', 0, { updatedAt: T0 + 10 }));
    await saveHighlight(db, makePage(), makeHighlight('stays', 40, { updatedAt: T0 + 30 }));
    const backup: BackupData = {
      pages: [makePage({ url: other, title: 'Migration', issue: null, pageNumber: null })],
      highlights: [
        makeHighlight('moves', 5, { pageUrl: other, updatedAt: T0 + 20 }),
        makeHighlight('stays', 6, { pageUrl: other, updatedAt: T0 + 20 }),
      ],
      termNotes: [],
    };
    const result = await importBackup(db, backup);
    expect(result).toMatchObject({ ok: true, counts: { added: 0, updated: 1, unchanged: 1 } });
    expect((await listHighlights(db, PAGE_URL)).map((h) => h.id)).toEqual(['stays']);
    expect(await listHighlights(db, other)).toEqual([backup.highlights[0]]);
    expect((await storedHighlights(db)).length).toBe(2);
  });

  it('merges notes on organizations and pages by the same rule', async () => {
    const db = await openGloss();
    await saveTermNote(db, makeTermNote('n1', 'iom', { note: 'old', updatedAt: T0 }));
    await saveHighlight(
      db,
      makePage({ title: 'Stored title', updatedAt: T0 + 50 }),
      makeHighlight('h'),
    );
    const result = await importBackup(db, {
      pages: [makePage({ title: 'Older title', updatedAt: T0 + 40 })],
      highlights: [],
      termNotes: [makeTermNote('n1', 'iom', { note: 'new', updatedAt: T0 + 1 })],
    });
    expect(result).toMatchObject({
      ok: true,
      counts: { termNotes: { updated: 1 }, pages: { unchanged: 1 } },
    });
    expect((await db.termNotes.get('n1'))?.note).toBe('new');
    expect((await db.pages.get(PAGE_URL))?.title).toBe('Stored title');
  });
});

describe('a file that cannot be imported changes nothing', () => {
  async function filled(): Promise<GlossDatabase> {
    const db = await openGloss();
    await fill(db, {
      pages: [makePage()],
      highlights: [makeHighlight('kept', 3, { note: 'before the import' })],
      termNotes: [makeTermNote('kept-note')],
    });
    return db;
  }

  const good = backupText(sampleData(), NOW);
  const newer = parsedBackup();
  newer.fsjGloss.format = 2;
  const deep = parsedBackup();
  deep.first.items[3].body[0].value = { html: '<b>note</b>' };
  const htmlColour = parsedBackup();
  htmlColour.first.items[0].target.styleClass = '<span style="color:red">red</span>';
  const files: [string, string, RegExp][] = [
    ['cut short', good.slice(0, good.length - 200), /cut short/],
    ['made by a newer version', JSON.stringify(newer), /made by a newer version/],
    ['not JSON', 'Quote,Note\n"IOM",x', /not a JSON file/],
    ['an HTML page', '<!doctype html><html><body>{}</body></html>', /not a JSON file/],
    ['HTML where a colour belongs', JSON.stringify(htmlColour), /Item 1 .* the colour/],
    ['50 MB', `${good}${' '.repeat(50 * 1024 * 1024)}`, /too large/],
    ['a wrong type deep inside', JSON.stringify(deep), /Item 4 .* the note is not text/],
  ];
  for (const [name, text, message] of files) {
    it(`refuses a file ${name}, with a message`, async () => {
      const db = await filled();
      const before = await tables(db);
      expect(await importFile(db, text)).toMatch(message);
      expect(await tables(db)).toEqual(before);
    });
  }

  it('imports HTML in notes, tags and titles as plain text, unchanged', async () => {
    const db = await openGloss();
    await importFile(db, good);
    const [withHtml] = sampleData().highlights;
    expect(await storedHighlight(db, withHtml!.id)).toEqual(withHtml);
    expect((await db.pages.toArray()).map((p) => p.title)).toContain(sampleData().pages[1]?.title);
  });

  it('refuses records the store would not save, when given them directly, and writes none', async () => {
    const db = await filled();
    const before = await tables(db);
    const data = sampleData();
    data.termNotes[2] = { ...data.termNotes[2]!, pageUrl: 'javascript:alert(1)' };
    expect(await importBackup(db, data)).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        message:
          'Nothing was imported: note on an organization 3: note.pageUrl is not an http(s) or file address.',
      },
    });
    const twice = sampleData();
    twice.highlights.push(twice.highlights[0]!);
    expect(await importBackup(db, twice)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await tables(db)).toEqual(before);
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

describe('a write that fails half way through the import', () => {
  it('a full disk on the last table undoes the pages and highlights already written', async () => {
    const db = await openGloss();
    await fill(db, { pages: [makePage()], highlights: [makeHighlight('kept')], termNotes: [] });
    const before = await tables(db);
    diskFullFor('termNotes');
    const result = await importBackup(db, sampleData());
    expect(result).toEqual({
      ok: false,
      error: { kind: 'quota', message: expect.stringMatching(/disk is full/) },
    });
    vi.restoreAllMocks();
    expect(await tables(db)).toEqual(before);
  });

  it('a full disk reported only when a write completes (as browsers do) is undone too', async () => {
    const db = new GlossDatabase('fsj-gloss', freshIndexedDb());
    let diskFull = false;
    // Below Dexie, once the disk is "full", fail every write to the highlights table after the
    // request has been made.
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
            mutate: async (request) => {
              if (!diskFull) return table.mutate(request);
              await Promise.resolve();
              throw new DOMException('The disk is full.', 'QuotaExceededError');
            },
          };
        },
      }),
    });
    await fill(db, { pages: [makePage()], highlights: [makeHighlight('kept')], termNotes: [] });
    const before = await tables(db);
    diskFull = true;
    expect(await importBackup(db, sampleData())).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    diskFull = false;
    expect(await tables(db)).toEqual(before);
  });

  it('a closed database is reported as such, without throwing', async () => {
    const db = await openGloss();
    db.close();
    expect(await importBackup(db, sampleData())).toMatchObject({
      ok: false,
      error: { kind: 'closed' },
    });
  });
});
