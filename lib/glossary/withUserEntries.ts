// The glossary that pages are matched against (lib/article/readPage.ts) when the reader has
// entries of their own: the built-in patterns, read back from the trie baked at build time, and
// the reader's names, in one automaton built at run time. With no entries of the reader's the
// baked trie is loaded as it is.

import { buildAutomaton, trieKeys } from './automaton';
import { loadGlossary, readPatterns, type PrecompiledGlossary } from './loadGlossary';
import { glossaryPatterns, type CompiledGlossary } from './matcher';
import type { MatchingEntry } from './types';
import { readUserEntries } from './userEntries';

/**
 * Matches as compileGlossary would over the built-in entries followed by `extra`, without the
 * content script carrying the built-in names twice (they are recovered from the trie).
 */
export function glossaryWithUserEntries(
  builtIn: PrecompiledGlossary,
  extra: readonly MatchingEntry[],
): CompiledGlossary {
  if (extra.length === 0) return loadGlossary(builtIn);
  const base = readPatterns(builtIn);
  const added = glossaryPatterns(extra);
  const offset = base.entries.length;
  return {
    entries: [...base.entries, ...extra.map(({ id, name, acronyms }) => ({ id, name, acronyms }))],
    automaton: buildAutomaton([...trieKeys(builtIn.trie), ...added.keys]),
    patterns: [...base.patterns, ...added.patterns.map((p) => ({ ...p, entry: p.entry + offset }))],
    // The reader's entries have no short forms; the built-in ones keep their vouchers.
    vouchers: base.vouchers,
  };
}

/**
 * The glossary for whatever the reader's entries are now (their stored value, checked here),
 * compiled again only when they changed: the documents that read pages keep one for many pages.
 */
export function glossaryForStoredEntries(
  builtIn: PrecompiledGlossary,
): (stored: unknown) => CompiledGlossary {
  let key: string | null = null;
  let compiled: CompiledGlossary | null = null;
  return (stored) => {
    const extra = readUserEntries(stored).map(({ id, name, acronyms, aliases }) => ({
      id,
      name,
      acronyms,
      aliases,
    }));
    const nextKey = JSON.stringify(extra);
    if (compiled === null || nextKey !== key) {
      compiled = glossaryWithUserEntries(builtIn, extra);
      key = nextKey;
    }
    return compiled;
  };
}
