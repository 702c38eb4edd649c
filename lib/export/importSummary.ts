// The sentence the reader sees after importing a backup: what the merge did, in counts, and each
// record left out because its date lies in the future.

import type { ImportCounts } from '../db/importBackup';
import type { RefusedRecord } from '../db/futureRecords';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const KINDS: Record<RefusedRecord['kind'], string> = {
  page: 'Page entry',
  highlight: 'Highlight',
  termNote: 'Note on an organization',
};
/** Records left out that are named one by one; the rest are counted. */
const NAMED = 5;
const FIRST_WORDS = 40;

/** The first words of a text on one line, cut after a word and marked "…" when cut. */
function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= FIRST_WORDS) return flat;
  const space = flat.slice(0, FIRST_WORDS + 1).lastIndexOf(' ');
  return `${flat.slice(0, space > 0 ? space : FIRST_WORDS).trimEnd()}…`;
}

/**
 * 'Highlight 3 ("the International Organization for…"): its date is in the future (2999-01-01);
 * not imported.' Why name each: the reader can find it in the file, and knows the rest is in.
 */
function refusals(refused: readonly RefusedRecord[]): string {
  const named = refused.slice(0, NAMED).map((r) => {
    const words = firstWords(r.text);
    const day = new Date(r.time).toISOString().split('T')[0];
    const what = `${KINDS[r.kind]} ${r.position}${words ? ` ("${words}")` : ''}`;
    return ` ${what}: its date is in the future (${day}); not imported.`;
  });
  const more = refused.length - named.length;
  const rest =
    more > 0
      ? ` ${plural(more, 'other record is', 'other records are')} dated in the future too; not imported.`
      : '';
  return named.join('') + rest;
}

/**
 * "Imported fsj-gloss-backup-2026-11-27.json: added 12, updated 1, unchanged 30 (highlights and
 * notes on organizations); 4 new pages." Why: an import merges and never deletes, so the reader
 * needs to see what it changed, including that importing the same file again changed nothing,
 * and what it left out.
 */
export function importSummary(fileName: string, counts: ImportCounts): string {
  const { added, updated, unchanged, refused } = counts;
  const after = refusals(refused);
  const total = added + updated + unchanged;
  if (total === 0) {
    return refused.some((r) => r.kind !== 'page')
      ? `${fileName}: nothing was imported.${after}`
      : `Imported ${fileName}: the backup holds no highlights or notes.${after}`;
  }
  const pages = counts.pages.added;
  const newPages = pages > 0 ? `; ${plural(pages, 'new page', 'new pages')}` : '';
  const nothing =
    added + updated === 0 && refused.length === 0
      ? ' Nothing was new: everything in it was here already.'
      : '';
  return (
    `Imported ${fileName}: added ${added.toLocaleString('en-US')}, updated ${updated.toLocaleString('en-US')}, ` +
    `unchanged ${unchanged.toLocaleString('en-US')} (highlights and notes on organizations)${newPages}.${nothing}${after}`
  );
}
