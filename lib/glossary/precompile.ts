// Build time: the glossary's names generated, folded and written as the automaton's trie, for the
// content script (loadGlossary.ts). Used by the `virtual:fsj-glossary-names` module in
// wxt.config.ts and by the benchmark's bundle.

import { trieText } from './automaton';
import type { PrecompiledGlossary } from './loadGlossary';
import { contextVouchers, glossaryPatterns } from './matcher';
import type { MatchingEntry } from './types';

/** The patterns compileGlossary would make, in the form loadGlossary reads. */
export function precompileGlossary(
  entries: readonly MatchingEntry[],
  notBodies: readonly string[] = [],
): PrecompiledGlossary {
  const { keys, patterns } = glossaryPatterns(entries, notBodies);
  const { text, order } = trieText(keys);
  if (order.length !== patterns.length) throw new Error('an empty pattern');
  let kinds = '';
  for (const i of order) {
    const { entry, exact, context, caseless } = patterns[i]!;
    if (exact === null) kinds += caseless ? '~' : '-';
    else if (context) {
      const alias = entries[entry]!.contextAliases!.indexOf(exact);
      if (alias >= 26) throw new Error(`${entries[entry]!.id}: too many context aliases`);
      kinds += String.fromCharCode(65 + alias);
    } else {
      const acronym = entries[entry]!.acronyms.indexOf(exact);
      if (acronym >= 36) throw new Error(`${entries[entry]!.id}: too many acronyms`);
      kinds += acronym.toString(36);
    }
  }
  const context: Record<number, string[]> = {};
  entries.forEach((e, i) => {
    if (e.contextAliases?.length) context[i] = e.contextAliases;
  });
  return {
    entries: entries.map((e) => [e.id, e.name, ...e.acronyms]),
    context,
    vouchers: contextVouchers(entries),
    trie: text,
    entry: order.map((i) => patterns[i]!.entry),
    kinds,
  };
}

/** The source of the ES module that exports the precompiled glossary. */
export function precompiledModule(
  entries: readonly MatchingEntry[],
  notBodies: readonly string[] = [],
): string {
  return `export default ${JSON.stringify(precompileGlossary(entries, notBodies))};`;
}
