// The time an edit is stamped with. Merges (a backup's import, two versions of one record) keep
// the version with the later time, so an edit must always be later than the version it replaced:
// it is stamped with the computer's clock, or one millisecond after the record's last time when
// the clock has gone back since (a corrected clock, a changed time zone, another computer's
// backup).
import { describe, expect, it } from 'vitest';
import { updateHighlight, updateTermNote } from '../../../lib/db/edits';
import { importBackup } from '../../../lib/db/importBackup';
import { saveHighlight, saveTermNote } from '../../../lib/db/store';
import {
  makeHighlight,
  makePage,
  makeTermNote,
  openGloss,
  PAGE_URL,
  storedHighlight,
  T0,
} from './testDb';

const HOUR = 3_600_000;

describe('the time an edit of a highlight is stamped with', () => {
  it('is the time of the edit, when the clock has moved on since the last one', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1'));
    const edited = await updateHighlight(db, 'h1', { note: 'n' }, { note: '' }, T0 + HOUR);
    expect(edited.updatedAt).toBe(T0 + HOUR);
  });

  it('is one millisecond after the highlight’s last time when the clock went back', async () => {
    const db = await openGloss();
    await saveHighlight(
      db,
      makePage({ updatedAt: T0 + HOUR }),
      makeHighlight('h1', 0, { updatedAt: T0 + HOUR }),
    );
    const edited = await updateHighlight(db, 'h1', { note: 'n' }, { note: '' }, T0);
    expect(edited.updatedAt).toBe(T0 + HOUR + 1);
    expect((await storedHighlight(db, 'h1'))?.updatedAt).toBe(T0 + HOUR + 1);
    expect((await db.pages.get(PAGE_URL))?.updatedAt).toBe(T0 + HOUR + 1);
  });

  it('is after the last time even when the clock stood still', async () => {
    const db = await openGloss();
    await saveHighlight(db, makePage(), makeHighlight('h1'));
    const first = await updateHighlight(db, 'h1', { note: 'one' }, { note: '' }, T0);
    const second = await updateHighlight(db, 'h1', { note: 'two' }, { note: 'one' }, T0);
    expect([first.updatedAt, second.updatedAt]).toEqual([T0 + 1, T0 + 2]);
  });

  it('is after the making of a highlight never edited, whose made time is the later', async () => {
    const db = await openGloss();
    await saveHighlight(
      db,
      makePage(),
      makeHighlight('h1', 0, { createdAt: T0 + HOUR, updatedAt: T0 }),
    );
    const edited = await updateHighlight(db, 'h1', { color: 'blue' }, { color: 'yellow' }, T0);
    expect(edited.updatedAt).toBe(T0 + HOUR + 1);
  });
});

describe('the time an edit of a note on an organization is stamped with', () => {
  it('is one millisecond after the note’s last time when the clock went back', async () => {
    const db = await openGloss();
    const note = makeTermNote('n1', 'iom', { updatedAt: T0 + HOUR });
    await saveTermNote(db, note);
    const edited = await updateTermNote(db, 'n1', { note: 'later' }, { note: note.note }, T0);
    expect(edited.updatedAt).toBe(T0 + HOUR + 1);
  });
});

describe('an edit made while the clock was behind', () => {
  it('still wins the merge with a backup of the version it replaced', async () => {
    const db = await openGloss();
    const before = makeHighlight('h1', 0, { note: 'before', updatedAt: T0 + HOUR });
    await saveHighlight(db, makePage({ updatedAt: T0 + HOUR }), before);
    // The reader edits it after the clock was set back an hour...
    await updateHighlight(db, 'h1', { note: 'after' }, { note: 'before' }, T0);
    // ...then imports a backup made before the edit.
    const result = await importBackup(db, { pages: [], highlights: [before], termNotes: [] });
    expect(result).toMatchObject({ ok: true, counts: { updated: 0, unchanged: 1 } });
    expect((await storedHighlight(db, 'h1'))?.note).toBe('after');
  });
});
