// Bench: what the reader's own glossary entries cost the content script. With none, the glossary
// is the trie baked at build time, loaded as it is; with some, one automaton is built at run time
// over the built-in patterns (read back from that trie) and the reader's. Timed in Node (the same
// V8 as Chromium): glossary ready plus the first match over the demo page's text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY } from '../../lib/glossary/entries';
import type { PrecompiledGlossary } from '../../lib/glossary/loadGlossary';
import { matchGlossary } from '../../lib/glossary/matcher';
import { precompileGlossary } from '../../lib/glossary/precompile';
import { toMatchingEntries, type MatchingEntry } from '../../lib/glossary/types';
import { glossaryWithUserEntries } from '../../lib/glossary/withUserEntries';
import { demoPage, FIXTURES_DIR } from '../browser/serve';
import { median, ms, ratio, type Row } from './stats';
import { syntheticGlossary } from './synthetic';

const RUNS = 31;

export function benchUserGlossary(): Row[] {
  const baked = JSON.stringify(precompileGlossary(toMatchingEntries(GLOSSARY)));
  const html = readFileSync(join(FIXTURES_DIR, demoPage().file), 'utf8');
  const text = html.replace(/<[^>]*>/g, ' ');
  const userEntries = (n: number): MatchingEntry[] =>
    toMatchingEntries(syntheticGlossary(n, 7)).map((e, i) => ({ ...e, id: `user-${i}` }));
  const time = (extra: readonly MatchingEntry[]) => {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const data = JSON.parse(baked) as PrecompiledGlossary;
      const start = performance.now();
      matchGlossary(glossaryWithUserEntries(data, extra), text);
      runs.push(performance.now() - start);
    }
    return median(runs);
  };
  time([]); // warm up the code paths once
  const none = time([]);
  const rows: Row[] = [
    {
      measure: 'u. glossary ready + first match, demo page, no user entries (median)',
      figure: ms(none),
      goal: 'as before',
    },
  ];
  for (const n of [20, 300]) {
    const withEntries = time(userEntries(n));
    rows.push({
      measure: `u. the same with ${n} user entries (automaton built at run time; vs none)`,
      figure: `${ms(withEntries)} (${ratio(withEntries / none)})`,
      goal: '< 20 ms',
    });
  }
  return rows;
}
