// The sentence the reader sees after importing a backup: what the merge did, in counts.

import type { ImportCounts } from '../db/importBackup';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * "Imported fsj-gloss-backup-2026-11-27.json: added 12, updated 1, unchanged 30 (highlights and
 * notes on organizations); 4 new pages." Why: an import merges and never deletes, so the reader
 * needs to see what it changed, including that importing the same file again changed nothing.
 */
export function importSummary(fileName: string, counts: ImportCounts): string {
  const { added, updated, unchanged } = counts;
  const total = added + updated + unchanged;
  if (total === 0) return `Imported ${fileName}: the backup holds no highlights or notes.`;
  const pages = counts.pages.added;
  const newPages = pages > 0 ? `; ${plural(pages, 'new page', 'new pages')}` : '';
  const nothing =
    added + updated === 0 ? ' Nothing was new: everything in it was here already.' : '';
  return (
    `Imported ${fileName}: added ${added.toLocaleString('en-US')}, updated ${updated.toLocaleString('en-US')}, ` +
    `unchanged ${unchanged.toLocaleString('en-US')} (highlights and notes on organizations)${newPages}.${nothing}`
  );
}
