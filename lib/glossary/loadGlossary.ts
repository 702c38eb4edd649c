// The content script's glossary: its names were generated, folded and written into the automaton's
// trie at build time (precompile.ts), so a page only reads that trie back, in one loop.

import { readTrie } from './automaton';
import type { CompiledGlossary, Pattern } from './matcher';
import type { GlossaryLabel } from './types';

/** The glossary as baked into the content script; plain JSON. */
export interface PrecompiledGlossary {
  /** Per entry: id, full name, then its acronyms (the popup shows them; acronyms must match). */
  entries: string[][];
  /** The trie of every folded pattern (automaton.ts, `trieText`). */
  trie: string;
  /** Per pattern, in the trie's order: the index of its entry. */
  entry: number[];
  /**
   * Per pattern, one character: "-" for a name or variant (matched case-blind), else the index
   * (base 36) of the entry's acronym that the text must spell exactly.
   */
  kinds: string;
}

/** The compiled glossary; it matches exactly as compileGlossary's over the same entries. */
export function loadGlossary(data: PrecompiledGlossary): CompiledGlossary {
  return { ...readPatterns(data), automaton: readTrie(data.trie) };
}

/** The entries and what each pattern of the trie stands for, in the trie's order. */
export function readPatterns(data: PrecompiledGlossary): Omit<CompiledGlossary, 'automaton'> {
  const entries = data.entries.map(([id, name, ...acronyms]): GlossaryLabel => ({
    id: id!,
    name: name!,
    acronyms,
  }));
  const patterns = data.entry.map((entry, i): Pattern => ({
    entry,
    exact: data.kinds[i] === '-' ? null : entries[entry]!.acronyms[parseInt(data.kinds[i]!, 36)]!,
  }));
  return { entries, patterns };
}
