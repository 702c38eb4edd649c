// trieText/readTrie: the automaton's trie written as text at build time and read back in a page.
// The text must give the automaton buildAutomaton gives, for folded patterns (capitals free for
// the structure) and for any others (private use characters instead), with many children per state.
import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  readTrie,
  trieText,
  type Automaton,
} from '../../../lib/glossary/automaton';

function hits(automaton: Automaton, text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (pattern, start, end) => found.push(`${pattern}:${start}-${end}`));
  return found.sort();
}

describe('trieText', () => {
  it('writes shared prefixes once, in sorted order, capitals marking the structure', () => {
    const { text, order } = trieText(['iom', 'io', 'imf', 'iom']);
    // "@" is the base: "Z" ends a pattern, "A"… goes up that many levels.
    expect(text).toBe('@imfZBoZmZZ');
    expect(order).toEqual([2, 1, 0, 3]);
  });

  it('uses private use characters when the patterns hold capitals, and leaves out empty ones', () => {
    const { text, order } = trieText(['IOM', '', 'IMF']);
    expect(text.charCodeAt(0)).toBe(0xe000);
    expect(order).toEqual([2, 0]);
    expect(hits(readTrie(text, order), 'the IMF and IOM')).toEqual(['0:12-15', '2:4-7']);
  });

  it('goes up more than 25 levels in several steps', () => {
    const long = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const automaton = buildAutomaton([long, 'b', 'a1']);
    expect(hits(automaton, `${long} a1 b`)).toEqual(['0:0-36', '1:1-2', '1:40-41', '2:37-39']);
  });
});

describe('readTrie', () => {
  it('numbers patterns in the text order unless told their order', () => {
    const { text } = trieText(['un', 'eu']);
    expect(hits(readTrie(text), 'eu un')).toEqual(['0:0-2', '1:3-5']);
  });

  it('finds what a naive search finds when states have many children', () => {
    const patterns: string[] = [];
    for (const a of 'abcdefgh')
      for (const b of 'abcdefghij') patterns.push(`x${a}${b}`, `${a}${b}y`);
    patterns.push('xx', 'é', 'xé');
    const text = 'xabyxhjy xé xx abcxjjy xgbi é'.repeat(3);
    const naive: string[] = [];
    patterns.forEach((p, i) => {
      for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) {
        naive.push(`${i}:${at}-${at + p.length}`);
      }
    });
    expect(hits(buildAutomaton(patterns), text)).toEqual(naive.sort());
  });
});
