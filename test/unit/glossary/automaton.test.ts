// buildAutomaton: one pass over a text finds every occurrence of many patterns, overlaps included.
import { describe, expect, it } from 'vitest';
import { buildAutomaton, type AutomatonHit } from '../../../lib/glossary/automaton';

function hits(patterns: string[], text: string): AutomatonHit[] {
  const found: AutomatonHit[] = [];
  buildAutomaton(patterns).scan(text, (pattern, start, end) => found.push({ pattern, start, end }));
  return found.sort((a, b) => a.start - b.start || a.end - b.end || a.pattern - b.pattern);
}

describe('buildAutomaton', () => {
  it('finds a single pattern wherever it occurs', () => {
    expect(hits(['iom'], 'iom and iom')).toEqual([
      { pattern: 0, start: 0, end: 3 },
      { pattern: 0, start: 8, end: 11 },
    ]);
  });

  it('finds hits at the very start and the very end of the text', () => {
    expect(hits(['un', 'eu'], 'un to eu')).toEqual([
      { pattern: 0, start: 0, end: 2 },
      { pattern: 1, start: 6, end: 8 },
    ]);
  });

  it('reports overlapping and nested hits, each with its own pattern index', () => {
    const patterns = ['united nations', 'nations', 'united nations high commissioner', 'high'];
    const found = hits(patterns, 'the united nations high commissioner');
    expect(found).toEqual([
      { pattern: 0, start: 4, end: 18 },
      { pattern: 2, start: 4, end: 36 },
      { pattern: 1, start: 11, end: 18 },
      { pattern: 3, start: 19, end: 23 },
    ]);
  });

  it('follows failure links across partial matches', () => {
    // "he" and "hers" inside "ushers": the classic Aho-Corasick example.
    const found = hits(['he', 'she', 'his', 'hers'], 'ushers');
    expect(found).toEqual([
      { pattern: 1, start: 1, end: 4 },
      { pattern: 0, start: 2, end: 4 },
      { pattern: 3, start: 2, end: 6 },
    ]);
  });

  it('finds repeated self-overlapping occurrences', () => {
    expect(hits(['aa'], 'aaaa').map((h) => h.start)).toEqual([0, 1, 2]);
  });

  it('reports a pattern listed twice under both indices', () => {
    expect(hits(['gfmd', 'gfmd'], 'gfmd').map((h) => h.pattern)).toEqual([0, 1]);
  });

  it('finds nothing in empty text and ignores empty patterns', () => {
    expect(hits(['iom', ''], '')).toEqual([]);
    expect(hits([''], 'anything')).toEqual([]);
  });

  it('finds nothing when no pattern occurs', () => {
    expect(hits(['nato', 'osce'], 'no organization here')).toEqual([]);
  });

  it('agrees with a naive search over many patterns', () => {
    const patterns = ['ab', 'abc', 'bca', 'c', 'cab', 'abcabc', 'ba'];
    const text = 'abcabcabbacab';
    const naive: AutomatonHit[] = [];
    patterns.forEach((p, pattern) => {
      for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
        naive.push({ pattern, start: i, end: i + p.length });
      }
    });
    naive.sort((a, b) => a.start - b.start || a.end - b.end || a.pattern - b.pattern);
    expect(hits(patterns, text)).toEqual(naive);
  });

  it('counts its states: one root plus one per distinct prefix', () => {
    expect(buildAutomaton(['ab', 'ac', 'abd']).stateCount).toBe(5);
  });
});
