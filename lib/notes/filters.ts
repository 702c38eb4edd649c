// The notes page's filters: by tag, colour, organization and FSJ issue, and the choices each one
// offers (only values the reader's data holds, with counts). Pure: items in, items out.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';
import { issueLabel } from './grouping';
import { issueKey, type NotesItem } from './items';

/** null means "any". */
export interface NotesFilters {
  tag: string | null;
  color: HighlightColor | null;
  entryId: string | null;
  /** An issue's code, or '' for pages outside any FSJ issue. */
  issue: string | null;
}

export const NO_FILTERS: NotesFilters = { tag: null, color: null, entryId: null, issue: null };

export interface Choice<T extends string = string> {
  value: T;
  label: string;
  count: number;
}

export interface FilterChoices {
  tags: Choice[];
  colors: Choice<HighlightColor>[];
  entries: Choice[];
  issues: Choice[];
}

/** True when any filter is set. */
export function hasFilters(filters: NotesFilters): boolean {
  return Object.values(filters).some((v) => v !== null);
}

/** Whether one item passes every filter that is set. */
export function passes(item: NotesItem, filters: NotesFilters): boolean {
  if (filters.tag !== null && !item.tags.includes(filters.tag)) return false;
  if (filters.color !== null && item.color !== filters.color) return false;
  if (filters.entryId !== null && !item.entryIds.includes(filters.entryId)) return false;
  if (filters.issue !== null && issueKey(item.page) !== filters.issue) return false;
  return true;
}

/** The items that pass every filter that is set. */
export function applyFilters(items: readonly NotesItem[], filters: NotesFilters): NotesItem[] {
  return hasFilters(filters) ? items.filter((item) => passes(item, filters)) : [...items];
}

function tally<T extends string>(counts: Map<T, number>, value: T): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

/**
 * What each filter can be set to, from all the reader's items: tags and organizations by name,
 * colours in their fixed order, issues newest first (pages outside an issue last). Why: a filter
 * never offers a value that would show nothing.
 */
export function filterChoices(
  items: readonly NotesItem[],
  names: (entryId: string) => string,
  colorNames: Readonly<Record<HighlightColor, string>>,
): FilterChoices {
  const tags = new Map<string, number>();
  const colors = new Map<HighlightColor, number>();
  const entries = new Map<string, number>();
  const issues = new Map<string, { count: number; label: string; sort: number }>();
  for (const item of items) {
    for (const tag of item.tags) tally(tags, tag);
    if (item.color !== null) tally(colors, item.color);
    for (const id of item.entryIds) tally(entries, id);
    const key = issueKey(item.page);
    const known = issues.get(key);
    if (known) known.count++;
    else {
      const issue = item.page.issue;
      const sort = issue ? issue.year * 100 + (issue.month ?? 0) : -Infinity;
      issues.set(key, { count: 1, label: issueLabel(item.page), sort });
    }
  }
  return {
    tags: [...tags].map(([value, count]) => ({ value, label: `#${value}`, count })).sort(byLabel),
    colors: HIGHLIGHT_COLORS.filter((c) => colors.has(c)).map((value) => ({
      value,
      label: colorNames[value],
      count: colors.get(value)!,
    })),
    entries: [...entries]
      .map(([value, count]) => ({ value, label: names(value), count }))
      .sort(byLabel),
    issues: [...issues]
      .sort(([, a], [, b]) => b.sort - a.sort)
      .map(([value, { count, label }]) => ({ value, label, count })),
  };
}
