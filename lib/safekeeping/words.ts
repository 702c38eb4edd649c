// What "Your data" says about how the data is kept: in words a reader understands, never in the
// storage API's terms. Pure: plain values in, sentences out.

import { DAY_MS, type BackupReminder } from './backupReminder';
import type { LastBackup } from './lastBackup';
import type { StorageStanding } from './storageStanding';

export type KeptKind = 'kept' | 'may-clear' | 'unknown';

/** Whether the browser keeps the data, as a headline and a sentence that says what it means. */
export function storageWords(standing: StorageStanding): {
  kind: KeptKind;
  headline: string;
  detail: string;
} {
  if (standing.persisted === true || standing.unlimited) {
    return {
      kind: 'kept',
      headline: 'Kept until you delete it.',
      detail:
        'The browser will not clear your highlights and notes to make room. Removing the extension deletes them, so keep a backup too.',
    };
  }
  if (standing.persisted === false) {
    return {
      kind: 'may-clear',
      headline: 'The browser may clear it when space runs low — keep a backup.',
      detail:
        'This browser keeps your highlights and notes as ordinary site data, which it deletes first when the disk is nearly full.',
    };
  }
  return {
    kind: 'unknown',
    headline: 'This browser does not say whether it keeps it — keep a backup.',
    detail: 'Your highlights and notes are kept only in this browser.',
  };
}

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/** "About 790 KB used in this browser.", or null when the browser does not say. */
export function usageWords(bytes: number | null): string | null {
  if (bytes === null) return null;
  const where = 'used in this browser.';
  if (bytes < KB) return `Less than 1 KB ${where}`;
  const [value, unit] =
    bytes < MB ? [bytes / KB, 'KB'] : bytes < GB ? [bytes / MB, 'MB'] : [bytes / GB, 'GB'];
  const shown = value < 10 && unit !== 'KB' ? value.toFixed(1) : Math.round(value).toString();
  return `About ${shown} ${unit} ${where}`;
}

/** Where and how a date is written: the reader's own language and time zone unless given. */
export interface DateStyle {
  locale?: string;
  timeZone?: string;
}

/** "3 December 2026" (or "December 3, 2026": the reader's way, as the list's dates are). */
export function dateWords(at: number, { locale, timeZone }: DateStyle = {}): string {
  return new Date(at).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** "1 highlight or note", "4 highlights and notes". */
export function itemsWords(n: number): string {
  return n === 1 ? '1 highlight or note' : `${n.toLocaleString('en-US')} highlights and notes`;
}

const haveBeen = (n: number) => `${itemsWords(n)} ${n === 1 ? 'has' : 'have'} been`;

/** The last backup's date, and whether it holds everything kept now. */
export function lastBackupWords(
  last: LastBackup | null,
  notInBackup: number,
  style: DateStyle & {
    /** Only the date (a reminder beside it already says what is outside the backup). */
    dateOnly?: boolean;
  } = {},
): string {
  if (last === null) return 'No backup yet.';
  const date = `Last backup: ${dateWords(last.at, style)}.`;
  if (style.dateOnly) return date;
  if (notInBackup === 0) return `${date} Everything is in it.`;
  return `${date} ${haveBeen(notInBackup)} saved or changed since.`;
}

/** "8 days ago", "1 day ago", "today". */
function daysAgo(since: number, now: number): string {
  const days = Math.floor((now - since) / DAY_MS);
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days.toLocaleString('en-US')} days ago`;
}

/** The reminder's sentence, or null when none is due. */
export function reminderWords(
  reminder: BackupReminder,
  hasBackup: boolean,
  now: number,
): string | null {
  if (!reminder.due) return null;
  const { why, notInBackup: n, since } = reminder;
  if (hasBackup) {
    return why === 'week'
      ? `Your last backup was ${daysAgo(since, now)}, and ${haveBeen(n)} saved or changed since.`
      : `${haveBeen(n)} saved or changed since your last backup.`;
  }
  return why === 'week'
    ? `Your first highlight or note was saved ${daysAgo(since, now)}, and there is no backup yet.`
    : `You have ${itemsWords(n)} and no backup yet.`;
}
