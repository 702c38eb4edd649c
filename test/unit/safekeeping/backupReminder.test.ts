// When "Your data" reminds the reader to download a backup: a week after the last backup (or,
// with none, after the first highlight), or at once when 50 highlights and notes are outside it;
// never while the last backup holds everything.
import { describe, expect, it } from 'vitest';
import type { SavedWork } from '../../../lib/db/savedWork';
import { backupReminder, DAY_MS } from '../../../lib/safekeeping/backupReminder';

const T = Date.UTC(2026, 11, 3, 10, 0, 0);
const nothing: SavedWork = { count: 0, changedSince: 0, firstSavedAt: null };
/** `n` highlights and notes, none in a backup, the first saved at `first`. */
const unsaved = (n: number, first = T): SavedWork => ({
  count: n,
  changedSince: n,
  firstSavedAt: first,
});

describe('with no backup made', () => {
  it('nothing saved: no reminder, however much time passes', () => {
    expect(backupReminder(T + 365 * DAY_MS, null, nothing).due).toBe(false);
  });

  it('one highlight: no reminder in the week after it was saved', () => {
    expect(backupReminder(T + 7 * DAY_MS - 1, null, unsaved(1)).due).toBe(false);
  });

  it('one highlight: a reminder once a week has passed since it was saved', () => {
    expect(backupReminder(T + 7 * DAY_MS, null, unsaved(1))).toEqual({
      due: true,
      why: 'week',
      notInBackup: 1,
      since: T,
    });
  });

  it('the week runs from the first highlight, however recent the others', () => {
    const work = { count: 5, changedSince: 5, firstSavedAt: T - 8 * DAY_MS };
    expect(backupReminder(T, null, work)).toMatchObject({ due: true, why: 'week' });
  });

  it('49 highlights saved today: no reminder yet', () => {
    expect(backupReminder(T, null, unsaved(49)).due).toBe(false);
  });

  it('50 highlights: a reminder at once', () => {
    expect(backupReminder(T, null, unsaved(50))).toEqual({
      due: true,
      why: 'many',
      notInBackup: 50,
      since: T,
    });
  });
});

describe('after a backup', () => {
  const backup = { at: T, count: 10 };
  const held = (changedSince: number, count = 10): SavedWork => ({
    count,
    changedSince,
    firstSavedAt: changedSince > 0 ? T + DAY_MS : null,
  });

  it('a backup that holds everything: no reminder, however old it is', () => {
    expect(backupReminder(T + 365 * DAY_MS, backup, held(0))).toEqual({
      due: false,
      notInBackup: 0,
    });
  });

  it('a highlight saved since: no reminder within the week of the backup', () => {
    expect(backupReminder(T + 7 * DAY_MS - 1, backup, held(1, 11))).toEqual({
      due: false,
      notInBackup: 1,
    });
  });

  it('a highlight saved since: a reminder once the backup is a week old', () => {
    expect(backupReminder(T + 7 * DAY_MS, backup, held(1, 11))).toEqual({
      due: true,
      why: 'week',
      notInBackup: 1,
      since: T,
    });
  });

  it('a note edited since counts as outside the backup, though the count is the same', () => {
    expect(backupReminder(T + 8 * DAY_MS, backup, held(1, 10))).toMatchObject({
      due: true,
      notInBackup: 1,
    });
  });

  it('50 saved or changed since: a reminder at once, the same day', () => {
    expect(backupReminder(T + 60_000, backup, held(50, 60))).toMatchObject({
      due: true,
      why: 'many',
      notInBackup: 50,
    });
  });

  it('49 saved since, the same day: no reminder yet', () => {
    expect(backupReminder(T + 60_000, backup, held(49, 59)).due).toBe(false);
  });

  it('more kept than the backup held counts, even when their times say they are older', () => {
    // Highlights saved while the clock was wrong (set back before the backup).
    expect(backupReminder(T + 8 * DAY_MS, backup, held(0, 13))).toMatchObject({
      due: true,
      notInBackup: 3,
    });
  });

  it('highlights deleted since: no reminder (the backup holds more than is kept)', () => {
    expect(backupReminder(T + 30 * DAY_MS, backup, held(0, 4)).due).toBe(false);
  });

  it('a clock set back to before the backup: no reminder from time alone', () => {
    expect(backupReminder(T - 30 * DAY_MS, backup, held(2, 12)).due).toBe(false);
  });
});
