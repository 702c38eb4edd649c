// The rules the database's times keep, so that "the later version wins" (a backup's import keeps
// the version of a record with the later time) means what the reader did last: an edit is stamped
// after the record's last time even when the computer's clock has gone back, and a time further
// ahead of the clock than a day is not believed.

/**
 * How far ahead of this computer's clock a time may be and still be believed: a day covers clocks
 * of two computers that disagree and a time zone set wrong, not a date years away.
 */
export const TIME_AHEAD_ALLOWED_MS = 24 * 60 * 60 * 1000;

/** The latest time a record carries (a page record has only `updatedAt`). */
export function lastTime(record: { createdAt?: number; updatedAt: number }): number {
  return Math.max(record.createdAt ?? record.updatedAt, record.updatedAt);
}

/**
 * The time to stamp an edit made at `now` on `record`: `now`, or one millisecond after the
 * record's last time when the clock has not moved past it (set back, or the same millisecond).
 */
export function editTime(record: { createdAt?: number; updatedAt: number }, now: number): number {
  const last = lastTime(record);
  return now > last ? now : last + 1;
}

/** Whether `time` is too far ahead of `now` to be believed. */
export function isTooFarAhead(time: number, now: number): boolean {
  return time > now + TIME_AHEAD_ALLOWED_MS;
}
