// The generated mutation suite: of 2,000 or more random highlights on edited texts, at least 99% of the passages that survived are placed correctly and none is placed on the wrong words.
import { describe, expect, it } from 'vitest';
import { formatFigures, runMutationSuite } from './mutationSuite';

describe('the mutation suite (seeded, reproducible)', () => {
  it('places ≥ 99% of surviving passages correctly with anchorAll, and none wrongly', () => {
    const figures = runMutationSuite();
    console.log(`anchorAll:\n${formatFigures(figures)}`);
    const rate = figures.survivedPlaced / figures.survived;
    if (rate < 0.99 || figures.wrong > 0) console.log(figures.failures.join('\n'));
    // 80 on each fixture page's text and 180 on made-up ones, for each of four seeds.
    expect(figures.highlights).toBeGreaterThanOrEqual(2000);
    expect(figures.survived).toBeGreaterThan(1000);
    expect(figures.destroyed).toBeGreaterThan(100);
    expect(rate).toBeGreaterThanOrEqual(0.99);
    expect(figures.wrong).toBe(0);
  }, 0);

  it('places none wrongly with anchorSelectors either, one highlight at a time', () => {
    const figures = runMutationSuite({ oneByOne: true });
    console.log(`anchorSelectors:\n${formatFigures(figures)}`);
    expect(figures.wrong).toBe(0);
    expect(figures.survivedPlaced / figures.survived).toBeGreaterThanOrEqual(0.97);
  }, 0);
});
