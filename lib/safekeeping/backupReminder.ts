// When to remind the reader to download a backup: a week after the last one (or after the first
// highlight, when there is none), or at once when 50 highlights and notes are outside it; never
// while the last backup holds everything. Pure: plain values in, a decision out.

import type { SavedWork } from '../db/savedWork';
import type { LastBackup } from './lastBackup';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** How old the last backup (or the oldest highlight, with none) may grow before a reminder. */
export const REMIND_AFTER_MS = 7 * DAY_MS;
/** How many highlights and notes outside the last backup bring a reminder at once. */
export const REMIND_AFTER_NEW = 50;

export type BackupReminder =
  | { due: false; notInBackup: number }
  | {
      due: true;
      /** A week has passed, or many are outside the backup. */
      why: 'week' | 'many';
      notInBackup: number;
      /** The last backup's time, or (with none) when the first highlight or note was saved. */
      since: number;
    };

/**
 * How many highlights and notes the last backup lacks: those saved or changed after it, or, if
 * more, how many more are kept now than it held (which still counts should the clock have been
 * wrong when either was saved).
 */
export function notInBackup(work: SavedWork, last: LastBackup | null): number {
  if (last === null) return work.count;
  return Math.max(work.changedSince, work.count - last.count);
}

/**
 * Whether to remind the reader at `now`. Why the week runs from the backup and not from the first
 * change after it: a backup gets older whatever is added; what the reader risks is everything
 * since it. A clock set back before the backup makes no reminder from time alone.
 */
export function backupReminder(
  now: number,
  last: LastBackup | null,
  work: SavedWork,
): BackupReminder {
  const missing = notInBackup(work, last);
  const since = last?.at ?? work.firstSavedAt;
  if (missing === 0 || since === null) return { due: false, notInBackup: missing };
  if (missing >= REMIND_AFTER_NEW) return { due: true, why: 'many', notInBackup: missing, since };
  if (now - since >= REMIND_AFTER_MS)
    return { due: true, why: 'week', notInBackup: missing, since };
  return { due: false, notInBackup: missing };
}
