// What "Your data" says about how the data is kept, in words a reader understands.
import { describe, expect, it } from 'vitest';
import { backupReminder, DAY_MS } from '../../../lib/safekeeping/backupReminder';
import { readLastBackup } from '../../../lib/safekeeping/lastBackup';
import {
  lastBackupWords,
  reminderWords,
  storageWords,
  usageWords,
} from '../../../lib/safekeeping/words';

const T = Date.UTC(2026, 11, 3, 10, 0, 0);
const BRITISH = { locale: 'en-GB', timeZone: 'UTC' };

describe('how the browser keeps the data', () => {
  it('persistent storage: kept until the reader deletes it', () => {
    const words = storageWords({ persisted: true, unlimited: false, usage: null });
    expect(words.kind).toBe('kept');
    expect(words.headline).toBe('Kept until you delete it.');
    expect(words.detail).toMatch(/Removing the extension deletes them/);
  });

  it('unlimited storage (Chrome, which answers "not persisted" to extensions): kept as well', () => {
    expect(storageWords({ persisted: false, unlimited: true, usage: null }).kind).toBe('kept');
  });

  it('best-effort storage: the browser may clear it, keep a backup', () => {
    expect(storageWords({ persisted: false, unlimited: false, usage: null })).toMatchObject({
      kind: 'may-clear',
      headline: 'The browser may clear it when space runs low — keep a backup.',
    });
  });

  it('a browser that cannot say: keep a backup', () => {
    expect(storageWords({ persisted: null, unlimited: false, usage: null }).kind).toBe('unknown');
  });
});

describe('how much space it takes', () => {
  it.each([
    [null, null],
    [512, 'Less than 1 KB used in this browser.'],
    [806_568, 'About 788 KB used in this browser.'],
    [3.46 * 1024 * 1024, 'About 3.5 MB used in this browser.'],
    [42 * 1024 * 1024, 'About 42 MB used in this browser.'],
    [1.2 * 1024 ** 3, 'About 1.2 GB used in this browser.'],
  ])('%s bytes: %s', (bytes, words) => {
    expect(usageWords(bytes)).toBe(words);
  });
});

describe('the last backup', () => {
  it('none made: "No backup yet."', () => {
    expect(lastBackupWords(null, 3)).toBe('No backup yet.');
  });

  it('holding everything: its date, and that everything is in it', () => {
    expect(lastBackupWords({ at: T, count: 3 }, 0, BRITISH)).toBe(
      'Last backup: 3 December 2026. Everything is in it.',
    );
  });

  it('with work saved since: its date, and how much is outside it', () => {
    expect(lastBackupWords({ at: T, count: 3 }, 1, BRITISH)).toBe(
      'Last backup: 3 December 2026. 1 highlight or note has been saved or changed since.',
    );
    expect(lastBackupWords({ at: T, count: 3 }, 4, BRITISH)).toBe(
      'Last backup: 3 December 2026. 4 highlights and notes have been saved or changed since.',
    );
  });

  it('beside a reminder: only the date', () => {
    expect(lastBackupWords({ at: T, count: 3 }, 4, { ...BRITISH, dateOnly: true })).toBe(
      'Last backup: 3 December 2026.',
    );
  });

  it('the date is the reader’s own day, written their way', () => {
    const lateEvening = Date.UTC(2026, 11, 3, 23, 30);
    expect(
      lastBackupWords({ at: lateEvening, count: 1 }, 0, {
        locale: 'en-GB',
        timeZone: 'Asia/Tokyo',
      }),
    ).toMatch(/^Last backup: 4 December 2026\./);
    expect(lastBackupWords({ at: T, count: 1 }, 0, { locale: 'en-US', timeZone: 'UTC' })).toMatch(
      /^Last backup: December 3, 2026\./,
    );
  });

  it('as stored: a record with a time and a count, anything else read as none', () => {
    expect(readLastBackup({ at: T, count: 3 })).toEqual({ at: T, count: 3 });
    expect(readLastBackup(undefined)).toBeNull();
    expect(readLastBackup({ at: 'yesterday', count: 3 })).toBeNull();
    expect(readLastBackup({ at: T, count: -1 })).toBeNull();
    expect(readLastBackup({ at: Number.NaN, count: 1 })).toBeNull();
  });
});

describe('the reminder', () => {
  const work = (n: number, first = T) => ({ count: n, changedSince: n, firstSavedAt: first });

  it('none due: nothing said', () => {
    expect(reminderWords(backupReminder(T, null, work(1)), false, T)).toBeNull();
  });

  it('a week after the last backup', () => {
    const last = { at: T - 8 * DAY_MS, count: 0 };
    expect(reminderWords(backupReminder(T, last, work(4)), true, T)).toBe(
      'Your last backup was 8 days ago, and 4 highlights and notes have been saved or changed since.',
    );
  });

  it('many since the last backup', () => {
    const last = { at: T - DAY_MS, count: 10 };
    expect(reminderWords(backupReminder(T, last, work(50)), true, T)).toBe(
      '50 highlights and notes have been saved or changed since your last backup.',
    );
  });

  it('a week after the first highlight, with no backup', () => {
    expect(reminderWords(backupReminder(T, null, work(1, T - 7 * DAY_MS)), false, T)).toBe(
      'Your first highlight or note was saved 7 days ago, and there is no backup yet.',
    );
  });

  it('many, with no backup', () => {
    expect(reminderWords(backupReminder(T, null, work(1200)), false, T)).toBe(
      'You have 1,200 highlights and notes and no backup yet.',
    );
  });
});
