// What the "Your data" buttons do with the database: the export of everything is the collection's
// Markdown (or a zip of the per-article files); the backup downloaded from one profile and imported
// into an empty one gives back the same records; a file that cannot be imported says why, in one
// sentence naming the file, and leaves the database as it was.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportEverything,
  importBackupFile,
  makeBackup,
} from '../../../../components/data/takeAwayActions';
import type { GlossDatabase } from '../../../../lib/db/schema';
import { deleteHighlight } from '../../../../lib/db/store';
import { toMarkdownFiles } from '../../../../lib/export/files';
import { openGloss, putHighlights, tables } from '../../db/testDb';
import {
  COLOR_NAMES,
  DEMO_HIGHLIGHTS,
  DEMO_PAGE,
  golden,
  NOW,
  OPTIONS,
  OTHER_ARTICLE,
  OTHER_PAGE,
  TERM_NOTES,
} from '../../export/exportFixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A profile holding the export tests' two pages, their highlights and the notes on organizations. */
async function filled(): Promise<GlossDatabase> {
  const db = await openGloss();
  await db.pages.bulkPut([DEMO_PAGE, OTHER_PAGE]);
  await putHighlights(db, [...OTHER_ARTICLE.highlights, ...DEMO_HIGHLIGHTS]);
  await db.termNotes.bulkPut(TERM_NOTES);
  return db;
}

/** A file as the file input gives it. */
const fileOf = (text: string, name = 'fsj-gloss-backup-2026-01-15.json') =>
  new File([text], name, { type: 'application/json' });

describe('exporting everything as Markdown', () => {
  it('as one document: the collection of every article and note, as in collection.md', async () => {
    const db = await filled();
    const { file, articles } = await exportEverything(db, 'document', {
      now: NOW,
      colorNames: COLOR_NAMES,
    });
    expect(file).toEqual({
      name: 'fsj-gloss-export-2026-01-15.md',
      content: golden('collection.md'),
      type: 'text/markdown',
    });
    expect(articles).toBe(2);
  });

  it('as a zip: one file per article and the notes on organizations, as toMarkdownFiles writes them', async () => {
    const db = await filled();
    const { file } = await exportEverything(db, 'zip', { now: NOW, colorNames: COLOR_NAMES });
    expect(file.name).toBe('fsj-gloss-export-2026-01-15.zip');
    expect(file.type).toBe('application/zip');
    const unzipped = unzipSync(file.content as Uint8Array);
    const expected = toMarkdownFiles(
      [OTHER_ARTICLE, { page: DEMO_PAGE, highlights: DEMO_HIGHLIGHTS }],
      OPTIONS,
    );
    expect(Object.keys(unzipped)).toEqual(expected.map((f) => f.name));
    for (const f of expected) expect(strFromU8(unzipped[f.name]!)).toBe(f.content);
  });

  it('from an empty profile: a document that says there are no highlights', async () => {
    const { file, articles } = await exportEverything(await openGloss(), 'document', { now: NOW });
    expect(articles).toBe(0);
    expect(file.content).toContain('\nNo highlights.\n');
  });
});

describe('backup, then import into an empty profile', () => {
  it('gives back the very same records, and says what it added', async () => {
    const source = await filled();
    const { file, annotations } = await makeBackup(source, NOW);
    expect(file.name).toBe('fsj-gloss-backup-2026-01-15.json');
    expect(annotations).toBe(DEMO_HIGHLIGHTS.length + 2 + TERM_NOTES.length);
    const target = await openGloss();
    const outcome = await importBackupFile(target, fileOf(file.content as string));
    expect(outcome).toEqual({
      ok: true,
      message: `Imported fsj-gloss-backup-2026-01-15.json: added ${annotations}, updated 0, unchanged 0 (highlights and notes on organizations); 2 new pages.`,
    });
    expect(await tables(target)).toEqual(await tables(source));
  });

  it('a second import of the same file duplicates nothing and says nothing was new', async () => {
    const source = await filled();
    const text = (await makeBackup(source, NOW)).file.content as string;
    const before = await tables(source);
    const outcome = await importBackupFile(source, fileOf(text));
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/added 0, updated 0, unchanged \d+ .*Nothing was new/);
    expect(await tables(source)).toEqual(before);
  });

  it('keeps what the profile has and the backup does not: an import never deletes', async () => {
    const source = await openGloss();
    await source.pages.put(OTHER_PAGE);
    await putHighlights(source, OTHER_ARTICLE.highlights);
    const text = (await makeBackup(source, NOW)).file.content as string;
    const target = await filled();
    await deleteHighlight(target, OTHER_ARTICLE.highlights[0]!.id);
    const before = await tables(target);
    expect((await importBackupFile(target, fileOf(text))).message).toMatch(
      /added 1, updated 0, unchanged 1 /,
    );
    const after = await tables(target);
    expect(after.highlights).toHaveLength(before.highlights.length + 1);
    expect(after.termNotes).toEqual(before.termNotes);
  });
});

describe('a file that cannot be imported', () => {
  async function refused(file: Pick<File, 'name' | 'size' | 'text'>): Promise<string> {
    const db = await filled();
    const before = await tables(db);
    const outcome = await importBackupFile(db, file);
    expect(outcome.ok).toBe(false);
    expect(await tables(db)).toEqual(before);
    return outcome.message;
  }

  it('a file cut short: says so, naming the file', async () => {
    const text = (await makeBackup(await filled(), NOW)).file.content as string;
    expect(await refused(fileOf(text.slice(0, text.length / 2), 'half.json'))).toMatch(
      /^half\.json: This backup is cut short.*Nothing was imported\.$/,
    );
  });

  it('a file that is not JSON, or another kind of JSON', async () => {
    expect(await refused(fileOf('<p>notes</p>', 'notes.html'))).toMatch(
      /^notes\.html: This file is not a JSON file/,
    );
    expect(await refused(fileOf('{"highlights": []}', 'other.json'))).toMatch(
      /^other\.json: This file is not an FSJ Gloss backup/,
    );
  });

  it('a file over the limit: refused by its size, without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const message = await refused({ name: 'huge.json', size: 50 * 1024 * 1024, text });
    expect(message).toBe(
      'huge.json is too large to be an FSJ Gloss backup (50.0 MB; the limit is 25 MB). Nothing was imported.',
    );
    expect(text).not.toHaveBeenCalled();
  });

  it('a file the browser cannot read', async () => {
    const text = () => Promise.reject(new Error('NotReadableError'));
    expect(await refused({ name: 'gone.json', size: 10, text })).toBe(
      'gone.json could not be read. Nothing was imported.',
    );
  });

  it('a full disk during the import: says so, and that nothing was imported', async () => {
    const text = (await makeBackup(await filled(), NOW)).file.content as string;
    const db = await openGloss();
    vi.spyOn(db.pageHighlights, 'bulkPut').mockRejectedValue(
      new DOMException('quota', 'QuotaExceededError'),
    );
    const outcome = await importBackupFile(db, fileOf(text));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(
      /^fsj-gloss-backup-2026-01-15\.json: .*Nothing was imported\.$/,
    );
    expect(await tables(db)).toEqual({ pages: [], highlights: [], termNotes: [] });
  });
});
