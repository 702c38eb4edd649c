// Which records of a backup carry a time too far ahead to believe (more than a day past the
// clock, lib/db/clock.ts). An import keeps the later version of a record, so a record dated in
// 2999 would win every merge, and importing its backup again would undo the reader's later
// edits; such records are set aside, named, and not imported.

import type { BackupData } from '../export/backupFormat';
import { isTooFarAhead, lastTime } from './clock';

/** A record left out of an import because its time lies in the future. */
export interface RefusedRecord {
  kind: 'page' | 'highlight' | 'termNote';
  /** Its place among the backup's records of its kind, from 1. */
  position: number;
  /** What the reader knows it by: a highlight's quote, a note's text, a page's title or address. */
  text: string;
  /** Its latest time. */
  time: number;
}

/**
 * The backup without its records dated more than a day after `now`, and those records, in the
 * backup's order: pages, then highlights, then notes on organizations.
 */
export function setAsideFuture(
  data: BackupData,
  now: number,
): { data: BackupData; refused: RefusedRecord[] } {
  const refused: RefusedRecord[] = [];
  const keep = <T extends { createdAt?: number; updatedAt: number }>(
    records: readonly T[],
    kind: RefusedRecord['kind'],
    text: (record: T) => string,
  ): T[] =>
    records.filter((record, i) => {
      const time = lastTime(record);
      if (!isTooFarAhead(time, now)) return true;
      refused.push({ kind, position: i + 1, text: text(record), time });
      return false;
    });
  return {
    data: {
      pages: keep(data.pages, 'page', (page) => page.title || page.url),
      highlights: keep(data.highlights, 'highlight', (highlight) => highlight.quote),
      termNotes: keep(data.termNotes, 'termNote', (note) => note.note),
    },
    refused,
  };
}
