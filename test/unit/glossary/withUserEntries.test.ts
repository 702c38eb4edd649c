// @vitest-environment happy-dom
// The content script's glossary with the reader's own entries: the built-in names recovered from
// the trie baked at build time plus the reader's, matching exactly as compileGlossary over both,
// and the baked trie alone when the reader has no entries.
import { describe, expect, it } from 'vitest';
import { trieKeys, trieText } from '../../../lib/glossary/automaton';
import { GLOSSARY } from '../../../lib/glossary/entries';
import { loadGlossary } from '../../../lib/glossary/loadGlossary';
import { compileGlossary, matchGlossary } from '../../../lib/glossary/matcher';
import { precompileGlossary } from '../../../lib/glossary/precompile';
import { toMatchingEntries, type MatchingEntry } from '../../../lib/glossary/types';
import { glossaryWithUserEntries } from '../../../lib/glossary/withUserEntries';
import { buildTextModel } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';

const builtIn = toMatchingEntries(GLOSSARY);
const baked = () =>
  JSON.parse(JSON.stringify(precompileGlossary(builtIn))) as ReturnType<typeof precompileGlossary>;
const mine: MatchingEntry[] = [
  {
    id: 'user-icmpd',
    name: 'International Centre for Migration Policy Development',
    acronyms: ['ICMPD'],
    aliases: ['Budapest Process Secretariat'],
  },
  { id: 'user-dtm', name: 'Displacement Tracking Matrix', acronyms: ['DTM'], aliases: [] },
];

describe('trieKeys', () => {
  it('gives back the patterns of a trie text, in the order of their ends', () => {
    const { text, order } = trieText(['iom', 'io', 'imf', 'iom', 'unhcr']);
    expect(trieKeys(text)).toEqual(order.map((i) => ['iom', 'io', 'imf', 'iom', 'unhcr'][i]));
    expect(trieKeys(trieText([]).text)).toEqual([]);
  });

  it('gives back every folded pattern of the built-in glossary', () => {
    const data = baked();
    expect(trieKeys(data.trie)).toHaveLength(data.entry.length);
  });
});

describe('glossaryWithUserEntries', () => {
  const runtime = compileGlossary([...builtIn, ...mine]);
  const extended = glossaryWithUserEntries(baked(), mine);

  it('with no entries of the reader’s, is the baked glossary as loadGlossary reads it', () => {
    const plain = glossaryWithUserEntries(baked(), []);
    const loaded = loadGlossary(baked());
    expect(plain.entries).toEqual(loaded.entries);
    expect(plain.patterns).toEqual(loaded.patterns);
    expect(plain.automaton.stateCount).toBe(loaded.automaton.stateCount);
  });

  it('has the same entries and patterns as compileGlossary over built-in and user entries', () => {
    expect(extended.entries.map((e) => e.id)).toEqual(runtime.entries.map((e) => e.id));
    expect(extended.automaton.stateCount).toBe(runtime.automaton.stateCount);
  });

  it('finds the reader’s names, their variants and acronyms, and the built-in ones', () => {
    const text =
      'The International Center for Migration Policy Development (ICMPD) and IOM share DTM data; ' +
      'the Budapest Process Secretariat met UNHCR. Not icmpd, not ADTM.';
    const found = matchGlossary(extended, text).map((o) => [o.entryId, text.slice(o.start, o.end)]);
    expect(found).toEqual([
      ['user-icmpd', 'International Center for Migration Policy Development'],
      ['user-icmpd', 'ICMPD'],
      ['iom', 'IOM'],
      ['user-dtm', 'DTM'],
      ['user-icmpd', 'Budapest Process Secretariat'],
      ['unhcr', 'UNHCR'],
    ]);
    expect(matchGlossary(extended, text)).toEqual(matchGlossary(runtime, text));
  });

  it('keeps the built-in short forms that another body vouches for (AFSA for "State")', () => {
    const text = 'AFSA asked State to act; ICMPD agreed.';
    const found = matchGlossary(extended, text).map((o) => o.entryId);
    expect(found).toEqual(['afsa', 'state-department', 'user-icmpd']);
    expect(matchGlossary(extended, text)).toEqual(matchGlossary(runtime, text));
  });

  it.each(fixturePages().map((p) => [p.file, p] as const))(
    '%s: finds exactly what compileGlossary over both finds',
    (_file, page) => {
      const text = buildTextModel([loadFixture(page).body]).text;
      expect(matchGlossary(extended, text)).toEqual(matchGlossary(runtime, text));
    },
  );
});
