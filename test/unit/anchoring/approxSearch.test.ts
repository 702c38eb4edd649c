// approxSearch reports what approx-string-match (the library it was adapted from) reports, on
// random texts and patterns over small and odd alphabets, short and multi-block patterns, and it
// yields as it goes and gives up when asked.
import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { approxSearch } from '../../../lib/anchoring/approxSearch';
import { runNow } from '../../../lib/anchoring/steps';
import { seededRandom } from './random';

const ALPHABETS = ['ab', 'abc ', 'the talks', 'aé漢\u0301😀\u200b', 'abcdefghijklmnopqrstuvwxyz'];

describe('approxSearch', () => {
  it('finds the matches approx-string-match finds, starts included', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 1500; trial++) {
      const big = trial % 25 === 0;
      const alphabet = random.pick(ALPHABETS);
      const pick = () => alphabet[random.int(0, alphabet.length - 1)]!;
      const text = Array.from({ length: random.int(0, big ? 6000 : 300) }, pick).join('');
      const m = random.int(1, big ? 700 : 120);
      let pattern = Array.from({ length: m }, pick).join('');
      if (text.length > m && random.chance(0.7)) {
        const at = random.int(0, text.length - m);
        pattern = [...text.slice(at, at + m)]
          .map((c) => (random.chance(0.1) ? pick() : c))
          .join('');
      }
      const k = random.int(0, Math.min(big ? 128 : 40, pattern.length));
      expect(runNow(approxSearch(text, pattern, k))).toEqual(search(text, pattern, k));
    }
  });

  it('yields during a long search and stops when told to', () => {
    const text = 'the talks in Geneva were delayed '.repeat(600);
    const pattern = text.slice(500, 1700);
    const steps = approxSearch(text, pattern, 128, () => true);
    let yields = 0;
    for (let step = steps.next(); step.done !== true; step = steps.next()) yields++;
    expect(yields).toBe(1);
    const whole = approxSearch(text, pattern, 128);
    let all = 0;
    let result = whole.next();
    for (; result.done !== true; result = whole.next()) all++;
    expect(all).toBeGreaterThan(5);
    expect(result.value).toEqual(search(text, pattern, 128));
  });
});
