// @vitest-environment happy-dom
// The content script's glossary (patterns folded at build time, loaded with loadGlossary) against
// the one compiled at run time: the same automaton, and the same matches on every fixture page.
import { describe, expect, it } from 'vitest';
import { syntheticGlossary } from '../../../scripts/bench/synthetic';
import { NOT_BODIES } from '../../../lib/glossary/data/notBodies';
import { GLOSSARY } from '../../../lib/glossary/entries';
import { loadGlossary, type PrecompiledGlossary } from '../../../lib/glossary/loadGlossary';
import { compileGlossary, matchGlossary } from '../../../lib/glossary/matcher';
import { foldText } from '../../../lib/glossary/normalize';
import { precompiledModule, precompileGlossary } from '../../../lib/glossary/precompile';
import { toMatchingEntries } from '../../../lib/glossary/types';
import { buildTextModel } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';

/** What the build bakes in, read back as the content script gets it (JSON, no shared objects). */
function baked(entries = GLOSSARY): PrecompiledGlossary {
  const source = precompiledModule(toMatchingEntries(entries), NOT_BODIES);
  return JSON.parse(
    source.replace(/^export default /, '').replace(/;$/, ''),
  ) as PrecompiledGlossary;
}

const runtime = compileGlossary(GLOSSARY, NOT_BODIES);
const loaded = loadGlossary(baked());

const DIRTY = [
  'The Ofce of the U.N. High Commissioner for Refugees and the Oﬃce of the UNHCR',
  'pilots flew usingMINURSO helicopters; IOMbelieve; BIOMETRIC biomass who au pair oases',
  'the 2013 United Nations High-Level\nDialogue on Migration and Development, NATO’s AFSA’s',
  'Organiza-\ntion for Security and Co-operation in Europe; the World Food Programme',
  'INTERNATIONAL ORGANIZATION FOR MIGRATION; RCPs and an RCP; the UN-backed talks',
  'AFSA asked State and the Hill; Heads of State and 10 FSNs; the Department',
];

describe('loadGlossary', () => {
  it('builds the same automaton as compileGlossary, with the same patterns', () => {
    expect(loaded.automaton.stateCount).toBe(runtime.automaton.stateCount);
    // The same patterns, listed in the trie's order rather than the glossary's.
    const sorted = (g: typeof runtime) => g.patterns.map((p) => JSON.stringify(p)).sort();
    expect(sorted(loaded)).toEqual(sorted(runtime));
    expect(loaded.vouchers).toEqual(runtime.vouchers);
    expect(loaded.entries.map((e) => [e.id, e.name, e.acronyms])).toEqual(
      GLOSSARY.map((e) => [e.id, e.name, e.acronyms]),
    );
  });

  it.each(fixturePages().map((p) => [p.file, p] as const))(
    '%s: finds exactly what compileGlossary finds',
    (_file, page) => {
      const doc = loadFixture(page);
      const texts = [buildTextModel([doc.body]).text, doc.documentElement.outerHTML];
      for (const text of texts) {
        const expected = matchGlossary(runtime, text);
        expect(matchGlossary(loaded, text)).toEqual(expected);
      }
    },
  );

  it('finds exactly what compileGlossary finds in dirty text', () => {
    for (const text of DIRTY) {
      expect(matchGlossary(loaded, text), text).toEqual(matchGlossary(runtime, text));
      expect(matchGlossary(loaded, text).length, text).toBeGreaterThan(0);
    }
  });

  it('does the same for another glossary, acronyms and aliases included', () => {
    const entries = syntheticGlossary(300);
    const fromBuild = loadGlossary(baked(entries));
    const atRunTime = compileGlossary(entries, NOT_BODIES);
    const text = entries
      .slice(0, 120)
      .map((e, i) => (i % 3 === 0 ? (e.acronyms[0] ?? e.name) : e.name.toUpperCase()))
      .join(', and the ');
    const expected = matchGlossary(atRunTime, text);
    expect(expected.length).toBeGreaterThan(100);
    expect(matchGlossary(fromBuild, text)).toEqual(expected);
  });

  it('loads an empty glossary', () => {
    const empty = loadGlossary(precompileGlossary([]));
    expect(empty.automaton.stateCount).toBe(1);
    expect(matchGlossary(empty, 'IOM and NATO')).toEqual([]);
  });
});

describe('foldText with many ligature characters', () => {
  it('keeps every character when ligatures lengthen the folded text', () => {
    const f = foldText('ﬃﬃﬃﬃﬀﬁﬂ abc Oﬃce');
    expect(f.text).toBe('fffffff abc ofce');
    expect(f.start).toHaveLength(f.text.length);
    expect(Array.from(f.end).at(-1)).toBe(16);
  });
});
