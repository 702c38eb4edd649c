// Search as you type over the notes page's items: quotes, notes, tags, and the page and
// organization names they are filed under; case and accents ignored. Each item's text is folded
// once per record set, so a keystroke costs one indexOf per item and word, not a re-fold of
// 10,000 strings.

import type { NotesItem } from './items';

const NOT_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * Lower case, accents dropped, curly apostrophes made straight. The browser's own string
 * functions do the work (the same for the text and the query), so folding 10,000 records takes a
 * few milliseconds; offsets are not kept because search needs none.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (!NOT_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'");
}

/** Items with their folded text, aligned by index. */
export interface SearchIndex {
  items: readonly NotesItem[];
  haystacks: readonly string[];
}

/** What an item can be found by, before folding. `names` gives an organization's display name. */
export function searchableText(item: NotesItem, names: (entryId: string) => string): string {
  const parts = [
    item.kind === 'highlight' ? item.record.quote : '',
    item.note,
    item.tags.map((t) => `#${t}`).join(' '),
    item.entryIds.map(names).join(' '),
  ];
  // A line break (a query's words never hold one) keeps a word from matching across two fields.
  return parts.join('\n');
}

/** Folded text of each item seen so far, by key, valid while the item's `updatedAt` holds. */
export type FoldCache = Map<string, { updatedAt: number; folded: string }>;

/**
 * Folds every item's text once. Given the cache of the previous record set, only items that are
 * new or changed are folded again: an edit in another tab costs one fold, not ten thousand.
 */
export function buildSearchIndex(
  items: readonly NotesItem[],
  names: (entryId: string) => string,
  cache: FoldCache = new Map(),
): SearchIndex {
  const haystacks = items.map((item) => {
    const known = cache.get(item.key);
    if (known && known.updatedAt === item.updatedAt) return known.folded;
    const folded = foldForSearch(searchableText(item, names));
    cache.set(item.key, { updatedAt: item.updatedAt, folded });
    return folded;
  });
  return { items, haystacks };
}

/** The words of a query, folded; a leading '#' is kept so that `#mali` finds the tag. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** The items whose text holds every word of the query (all items for an empty query). */
export function searchItems(index: SearchIndex, query: string): NotesItem[] {
  const words = queryWords(query);
  if (words.length === 0) return [...index.items];
  const found: NotesItem[] = [];
  for (let i = 0; i < index.items.length; i++) {
    const haystack = index.haystacks[i]!;
    if (words.every((w) => haystack.includes(w))) found.push(index.items[i]!);
  }
  return found;
}
