// The content script's glossary: its names were generated, folded and written into the automaton's
// trie at build time (precompile.ts), so a page only reads that trie back, in one loop.

import { readTrie } from './automaton';
import type { CompiledGlossary, Pattern } from './matcher';
import type { GlossaryLabel } from './types';

/** The glossary as baked into the content script; plain JSON. */
export interface PrecompiledGlossary {
  /** Per entry: id, full name, then its acronyms (the popup shows them; acronyms must match). */
  entries: string[][];
  /** Per entry index, its short forms that count only in context (most entries have none). */
  context: Record<number, string[]>;
  /** Per entry index, the entries whose naming also keeps its short forms (matcher.ts). */
  vouchers: Record<number, number[]>;
  /** The trie of every folded pattern (automaton.ts, `trieText`). */
  trie: string;
  /** Per pattern, in the trie's order: the index of its entry, -1 for a phrase naming no body. */
  entry: number[];
  /**
   * Per pattern, one character: "-" for a name or variant (matched case-blind, but needing its
   * capital), "~" for one the glossary spells with a lower-case first letter, "A"–"Z" for the
   * entry's context alias of that index, else the index (base 36) of the entry's acronym that the
   * text must spell exactly.
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
  const patterns = data.entry.map((entry, i): Pattern => {
    const kind = data.kinds.charCodeAt(i);
    if (kind === 45 /* - */) return { entry, exact: null };
    if (kind === 126 /* ~ */) return { entry, exact: null, caseless: true };
    if (kind >= 65 && kind <= 90)
      return { entry, exact: data.context[entry]![kind - 65]!, context: true };
    return { entry, exact: entries[entry]!.acronyms[parseInt(data.kinds[i]!, 36)]! };
  });
  return { entries, patterns, vouchers: data.vouchers };
}
