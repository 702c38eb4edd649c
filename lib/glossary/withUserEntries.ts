// The content script's glossary when the reader has entries of their own: the built-in patterns,
// read back from the trie baked at build time, and the reader's names, in one automaton built at
// run time. With no entries of the reader's the baked trie is loaded as it is, as fast as before.

import { buildAutomaton, trieKeys } from './automaton';
import { loadGlossary, readPatterns, type PrecompiledGlossary } from './loadGlossary';
import { glossaryPatterns, type CompiledGlossary } from './matcher';
import type { MatchingEntry } from './types';

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
    patterns: [
      ...base.patterns,
      ...added.patterns.map(({ entry, exact }) => ({ entry: entry + offset, exact })),
    ],
  };
}
