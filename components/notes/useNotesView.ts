// The notes page's derived state: from each record set the database sends, the sorted items and
// the filter choices, and (once the list is on screen, or at the first search) their search index;
// from the query and filters, the groups on screen, with no re-folding per keystroke.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ColorNames } from '../../lib/highlights/colorNames';
import { applyFilters, filterChoices, type NotesFilters } from '../../lib/notes/filters';
import {
  countItems,
  firstItems,
  groupItems,
  newestFirst,
  type IssueGroup,
} from '../../lib/notes/grouping';
import { settledItems, toItems, type NotesData } from '../../lib/notes/items';
import { buildSearchIndex, searchItems, type FoldCache } from '../../lib/notes/search';

export interface NotesView {
  /**
   * How many items the database holds in all; while `partial`, how many were read so far (0 only
   * when there is nothing at all).
   */
  all: number;
  /** How many pass the search and filters (of those read so far). */
  matching: number;
  /** True while only the newest items have been read. */
  partial: boolean;
  /** The groups drawn: the first `limit` matching items. */
  groups: IssueGroup[];
  choices: ReturnType<typeof filterChoices>;
}

export function useNotesView(
  data: NotesData | null,
  query: string,
  filters: NotesFilters,
  limit: number,
  names: (entryId: string) => string,
  colorNames: ColorNames,
): NotesView | null {
  const foldCache = useRef<FoldCache>(new Map());
  const prepared = useMemo(() => {
    if (data === null) return null;
    const items = settledItems(toItems(data, Date.now()), data).sort(newestFirst);
    return { items, choices: filterChoices(items, names, colorNames) };
  }, [data, names, colorNames]);

  // The search index is built after the list is painted (or at once if a search needs it).
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    if (prepared === null || warm) return;
    const timer = setTimeout(() => setWarm(true), 50);
    return () => clearTimeout(timer);
  }, [prepared, warm]);
  const searching = query.trim() !== '';
  const index = useMemo(
    () =>
      prepared !== null && (warm || searching)
        ? buildSearchIndex(prepared.items, names, foldCache.current)
        : null,
    [prepared, names, warm || searching],
  );

  const groups = useMemo(() => {
    if (prepared === null) return null;
    // Items stay newest first through the search and the filters, so grouping does no re-sorting.
    const found = searching && index !== null ? searchItems(index, query) : prepared.items;
    return groupItems(applyFilters(found, filters));
  }, [prepared, searching ? index : null, query, filters]);

  return useMemo(() => {
    if (prepared === null || groups === null || data === null) return null;
    return {
      all: data.partial ? data.highlights.length + data.termNotes.length : prepared.items.length,
      matching: countItems(groups),
      partial: data.partial !== undefined,
      groups: firstItems(groups, limit),
      choices: prepared.choices,
    };
  }, [prepared, groups, limit, data]);
}
