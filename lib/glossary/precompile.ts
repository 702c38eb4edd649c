// Build time: the glossary's names generated, folded and written as the automaton's trie, for the
// content script (loadGlossary.ts). Used by the `virtual:fsj-glossary-names` module in
// wxt.config.ts and by the benchmark's bundle.

import { trieText } from './automaton';
import type { PrecompiledGlossary } from './loadGlossary';
import { glossaryPatterns } from './matcher';
import type { MatchingEntry } from './types';

/** The patterns compileGlossary would make, in the form loadGlossary reads. */
export function precompileGlossary(entries: readonly MatchingEntry[]): PrecompiledGlossary {
  const { keys, patterns } = glossaryPatterns(entries);
  const { text, order } = trieText(keys);
  if (order.length !== patterns.length) throw new Error('an empty pattern');
  let kinds = '';
  for (const i of order) {
    const { entry, exact } = patterns[i]!;
    const acronym = exact === null ? -1 : entries[entry]!.acronyms.indexOf(exact);
    if (acronym >= 36) throw new Error(`${entries[entry]!.id}: too many acronyms`);
    kinds += acronym < 0 ? '-' : acronym.toString(36);
  }
  return {
    entries: entries.map((e) => [e.id, e.name, ...e.acronyms]),
    trie: text,
    entry: order.map((i) => patterns[i]!.entry),
    kinds,
  };
}

/** The source of the ES module that exports the precompiled glossary. */
export function precompiledModule(entries: readonly MatchingEntry[]): string {
  return `export default ${JSON.stringify(precompileGlossary(entries))};`;
}
