// The reader's index of organizations: every body in the glossary, grouped by kind, each with the
// FSJ pages the reader opened that name it and the reader's highlights and notes on it; and the
// search over it by name, other name or acronym. Pure: entries and records in, rows out.

import { foldName } from '../glossary/normalize';
import { BODY_KINDS, type BodyKind, type GlossaryEntry } from '../glossary/types';
import type { FsjIssue, HighlightRecord, PageMentionsRecord, TermNoteRecord } from '../db/types';

/** British and American spellings meet: "organisation" finds "Organization", "defence" "Defense". */
const SPELLINGS: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/defence/g, 'defense'],
  [/centre/g, 'center'],
  [/programme/g, 'program'],
  [/labour/g, 'labor'],
];

/** A name or query as the search compares it: folded, one spelling of each word. */
function searchForm(text: string): string {
  return SPELLINGS.reduce((s, [from, to]) => s.replace(from, to), foldName(text));
}

export interface PageNaming {
  url: string;
  title: string;
  /** Its FSJ issue, when known: a title like "Page 28 - Foreign Service Journal" may not say. */
  issue: FsjIssue | null;
  /** How many times the page named the body. */
  count: number;
  seenAt: number;
}

export interface OrganizationRow {
  entry: GlossaryEntry;
  /** Pages that named it, most recently marked first. */
  pages: PageNaming[];
  /** The reader's highlights whose passage names it, newest first. */
  highlights: HighlightRecord[];
  /** The reader's notes on it, newest first. */
  notes: TermNoteRecord[];
  /** Every name it goes by, folded once for the search. */
  searchText: string;
}

export interface KindGroup {
  kind: BodyKind;
  rows: OrganizationRow[];
}

/** One row per body, in the glossary's order by name, with what the reader has on it. */
export function organizationRows(
  entries: readonly GlossaryEntry[],
  mentions: readonly PageMentionsRecord[],
  highlights: readonly HighlightRecord[],
  notes: readonly TermNoteRecord[],
): OrganizationRow[] {
  const rows = new Map<string, OrganizationRow>();
  for (const entry of entries) {
    const names = [entry.name, ...entry.acronyms, ...entry.aliases];
    rows.set(entry.id, {
      entry,
      pages: [],
      highlights: [],
      notes: [],
      searchText: ` ${names.map(searchForm).join(' | ')} `,
    });
  }
  const byRecent = [...mentions].sort((a, b) => b.seenAt - a.seenAt);
  for (const page of byRecent) {
    page.entryIds.forEach((id, i) => {
      rows.get(id)?.pages.push({
        url: page.url,
        title: page.title,
        issue: page.issue,
        count: page.counts[i] ?? 1,
        seenAt: page.seenAt,
      });
    });
  }
  for (const h of [...highlights].sort((a, b) => b.createdAt - a.createdAt)) {
    for (const id of new Set(h.entryIds)) rows.get(id)?.highlights.push(h);
  }
  for (const n of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) {
    rows.get(n.entryId)?.notes.push(n);
  }
  return [...rows.values()].sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'en'));
}

/** Whether the reader has met the body: a page that named it, a highlight or a note on it. */
export function isMet(row: OrganizationRow): boolean {
  return row.pages.length > 0 || row.highlights.length > 0 || row.notes.length > 0;
}

/**
 * The rows whose name, other name or acronym contains every word of the query, case and accents
 * ignored, British or American spelling ("un refugee" finds the UN High Commissioner for Refugees,
 * "organisation" the International Organization for Migration). An empty query keeps all.
 */
export function searchOrganizations(
  rows: readonly OrganizationRow[],
  query: string,
  options: { metOnly?: boolean } = {},
): OrganizationRow[] {
  const words = searchForm(query).split(' ').filter(Boolean);
  return rows.filter(
    (row) =>
      (!options.metOnly || isMet(row)) && words.every((word) => row.searchText.includes(word)),
  );
}

/** The rows by kind, kinds in the glossary's order of kinds, rows keeping their order. */
export function groupByKind(rows: readonly OrganizationRow[]): KindGroup[] {
  const groups = new Map<BodyKind, OrganizationRow[]>();
  for (const row of rows) {
    const list = groups.get(row.entry.kind);
    if (list) list.push(row);
    else groups.set(row.entry.kind, [row]);
  }
  return BODY_KINDS.filter((kind) => groups.has(kind)).map((kind) => ({
    kind,
    rows: groups.get(kind)!,
  }));
}
