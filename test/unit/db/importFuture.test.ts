// Importing a backup whose times lie in the future. An import keeps the later version of a record,
// so a record dated in 2999 would win every merge: importing that backup again would undo the
// reader's later edits. A record whose times are more than a day ahead of the clock is therefore
// not imported, and the reader is told which one and why; every other record is imported as
// usual, and what the database holds already is left as it was.
import { describe, expect, it } from 'vitest';
import { updateHighlight } from '../../../lib/db/edits';
import { importBackup } from '../../../lib/db/importBackup';
import { saveHighlight, saveTermNote } from '../../../lib/db/store';
import type { BackupData } from '../../../lib/export/backupFormat';
import { readBackup } from '../../../lib/export/backupRead';
import { backupText } from '../../../lib/export/backupWrite';
import { importSummary } from '../../../lib/export/importSummary';
import {
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

const HOUR = 3_600_000;
const YEAR_2999 = Date.UTC(2999, 0, 1);
/** The clock of the computer importing. */
const NOW = T0 + HOUR;

function backup(overrides: Partial<BackupData>): BackupData {
  return { pages: [], highlights: [], termNotes: [], ...overrides };
}

describe('a backup with a record dated in the future', () => {
  it('imports every other record, and names the one it leaves out', async () => {
    const db = await openGloss();
    const data = backup({
      highlights: [
        makeHighlight('h1', 0),
        makeHighlight('h2', 100),
        makeHighlight('h3', 200, { updatedAt: YEAR_2999 }),
      ],
    });
    const result = await importBackup(db, data, NOW);
    expect(result).toMatchObject({ ok: true, counts: { added: 2, updated: 0, unchanged: 0 } });
    expect(result.ok && result.counts.refused).toEqual([
      { kind: 'highlight', position: 3, text: data.highlights[2]!.quote, time: YEAR_2999 },
    ]);
    expect((await storedHighlights(db)).map((h) => h.id)).toEqual(['h1', 'h2']);
  });

  it('leaves out a record made in the future as well as one changed in the future', async () => {
    const db = await openGloss();
    const result = await importBackup(
      db,
      backup({ highlights: [makeHighlight('h1', 0, { createdAt: YEAR_2999 })] }),
      NOW,
    );
    expect(result).toMatchObject({ ok: true, counts: { added: 0, refused: [{ position: 1 }] } });
    expect(await storedHighlights(db)).toEqual([]);
  });

  it('believes a time up to a day ahead (two computers’ clocks may disagree), not more', async () => {
    const db = await openGloss();
    const result = await importBackup(
      db,
      backup({
        highlights: [
          makeHighlight('a-day-ahead', 0, { updatedAt: NOW + 24 * HOUR }),
          makeHighlight('more', 100, { updatedAt: NOW + 24 * HOUR + 1 }),
        ],
      }),
      NOW,
    );
    expect(result).toMatchObject({ ok: true, counts: { added: 1, refused: [{ position: 2 }] } });
    expect((await storedHighlights(db)).map((h) => h.id)).toEqual(['a-day-ahead']);
  });

  it('keeps the stored version of a record it leaves out: nothing is lost', async () => {
    const db = await openGloss();
    const mine = makeHighlight('h1', 0, { note: 'mine' });
    await saveHighlight(db, makePage(), mine);
    const before = await tables(db);
    const result = await importBackup(
      db,
      backup({ highlights: [makeHighlight('h1', 0, { note: 'pinned', updatedAt: YEAR_2999 })] }),
      NOW,
    );
    expect(result).toMatchObject({ ok: true, counts: { added: 0, updated: 0, unchanged: 0 } });
    expect(await tables(db)).toEqual(before);
  });

  it('cannot pin a record: importing it again after the reader’s edit keeps the edit', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1', 0, { note: 'first' }));
    const pinning = backup({
      highlights: [makeHighlight('h1', 0, { note: 'from the backup', updatedAt: YEAR_2999 })],
    });
    await importBackup(db, pinning, NOW);
    const shown = (await storedHighlight(db, 'h1'))!;
    await updateHighlight(db, 'h1', { note: 'edited' }, { note: shown.note }, NOW + HOUR);
    await importBackup(db, pinning, NOW + 2 * HOUR);
    expect((await storedHighlight(db, 'h1'))?.note).toBe('edited');
  });

  it('applies the same rule to notes on organizations and to page records', async () => {
    const db = await openGloss();
    const result = await importBackup(
      db,
      backup({
        pages: [makePage({ updatedAt: YEAR_2999 })],
        highlights: [makeHighlight('h1', 0)],
        termNotes: [
          makeTermNote('n1', 'iom', { note: 'Kept' }),
          makeTermNote('n2', 'iom', { note: 'Dated 2999', updatedAt: YEAR_2999 }),
        ],
      }),
      NOW,
    );
    expect(result.ok && result.counts.refused).toEqual([
      { kind: 'page', position: 1, text: makePage().title, time: YEAR_2999 },
      { kind: 'termNote', position: 2, text: 'Dated 2999', time: YEAR_2999 },
    ]);
    // The highlight on the page left out is imported all the same; the page is shown from its
    // address until a highlight is saved on it again.
    expect(await db.pages.get(PAGE_URL)).toBeUndefined();
    expect((await storedHighlights(db)).map((h) => h.id)).toEqual(['h1']);
    expect((await db.termNotes.toArray()).map((n) => n.id)).toEqual(['n1']);
  });

  it('is still refused whole when a record is damaged: a date in the future is no excuse', async () => {
    const db = await openGloss();
    await saveTermNote(db, makeTermNote('kept'));
    const before = await tables(db);
    const result = await importBackup(
      db,
      backup({
        highlights: [makeHighlight('h1', 0, { updatedAt: YEAR_2999 })],
        termNotes: [makeTermNote('bad', 'iom', { pageUrl: 'javascript:alert(1)' })],
      }),
      NOW,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await tables(db)).toEqual(before);
  });
});

describe('what the reader is told about a backup dated in the future', () => {
  it('names each record left out, with its first words and its date, after what was imported', async () => {
    const db = await openGloss();
    const data = backup({
      highlights: [
        makeHighlight('h1', 0),
        makeHighlight('h2', 100),
        makeHighlight('h3', 200, { updatedAt: YEAR_2999 }),
      ],
    });
    // Written and read back as a file, as the reader would import it.
    const read = readBackup(backupText(data, T0));
    if (!read.ok) throw new Error(read.error);
    const result = await importBackup(db, read.data, NOW);
    if (!result.ok) throw new Error(result.error.message);
    expect(importSummary('b.json', result.counts)).toBe(
      'Imported b.json: added 2, updated 0, unchanged 0 (highlights and notes on organizations). ' +
        'Highlight 3 ("the International Organization for…"): its date is in the future (2999-01-01); not imported.',
    );
  });
});
