// distanceWithin computes only the band of cells near the diagonal: it gives what the whole table
// gives (the distance, or limit + 1 past the limit) on random pairs.
import { describe, expect, it } from 'vitest';
import { distanceWithin } from '../../../lib/anchoring/distance';
import { seededRandom } from './random';

/** The whole table, with the same cut-off. */
function wholeTable(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + same, previous[j]! + 1, current[j - 1]! + 1);
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

describe('distanceWithin', () => {
  it('gives the whole table’s answer', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 5000; trial++) {
      const alphabet = random.pick(['ab', 'abc', 'abcdefgh']);
      const word = (n: number) =>
        Array.from({ length: n }, () => alphabet[random.int(0, alphabet.length - 1)]).join('');
      const a = word(random.int(0, 40));
      let b = random.chance(0.5)
        ? [...a].map((c) => (random.chance(0.15) ? word(1) : c)).join('') + word(random.int(0, 3))
        : word(random.int(0, 40));
      if (random.chance(0.3)) b = word(random.int(0, 3)) + b;
      const limit = random.int(0, 12);
      expect(distanceWithin(a, b, limit)).toBe(wholeTable(a, b, limit));
    }
  });
});
