// The notes page's derived state: from each record set the database sends, the sorted items, their
// search index and the filter choices (once per record set); from the query and filters, the
// groups on screen (once per keystroke, with no re-folding).

import { useMemo, useRef } from 'preact/hooks';
import type { ColorNames } from '../../lib/highlights/colorNames';
import { applyFilters, filterChoices, type NotesFilters } from '../../lib/notes/filters';
import {
  countItems,
  firstItems,
  groupItems,
  newestFirst,
  type IssueGroup,
} from '../../lib/notes/grouping';
import { toItems, type NotesData } from '../../lib/notes/items';
import { buildSearchIndex, searchItems, type FoldCache } from '../../lib/notes/search';

export interface NotesView {
  /** How many items the database holds in all. */
  all: number;
  /** How many pass the search and filters. */
  matching: number;
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
    const items = toItems(data, Date.now()).sort(newestFirst);
    return {
      index: buildSearchIndex(items, names, foldCache.current),
      choices: filterChoices(items, names, colorNames),
    };
  }, [data, names, colorNames]);
  const groups = useMemo(() => {
    if (prepared === null) return null;
    // Items stay newest first through the search and the filters, so grouping does no re-sorting.
    return groupItems(applyFilters(searchItems(prepared.index, query), filters));
  }, [prepared, query, filters]);
  return useMemo(() => {
    if (prepared === null || groups === null) return null;
    return {
      all: prepared.index.items.length,
      matching: countItems(groups),
      groups: firstItems(groups, limit),
      choices: prepared.choices,
    };
  }, [prepared, groups, limit]);
}
