// What re-anchoring may spend: a quote too long for its text (text length × quote length past the
// budget) gets exact search only, so a changed one is not found while a short one on the same
// text still is; a search that runs out of time is not found either (never misplaced); and in the
// background the search runs in slices, letting other tasks run between them.
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAllInSlices, anchorSelectors } from '../../../lib/anchoring/anchor';
import { MAX_WORK } from '../../../lib/anchoring/budget';
import { describeSpan } from '../../../lib/anchoring/describe';
import { nextTask } from '../../../lib/anchoring/steps';
import type { Selectors } from '../../../lib/anchoring/types';
import { seededRandom } from './random';
import { editInside, wordSalad } from './wordSalad';

/** A highlight over [start, start + length) of `text`. */
const over = (text: string, start: number, length: number): Selectors =>
  describeSpan(text, { start, end: start + length });

/** Time enough for anything: the tests of the work budget must not depend on the machine. */
const untimed = { budget: { highlightMs: 60_000, callMs: 60_000 } };

describe('the work budget: text length × quote length', () => {
  const text = wordSalad(seededRandom(1), 5_000_000);
  const at = 2_500_000;

  it('leaves a changed 20,000-character quote on a 5 MB text unfound, at once', () => {
    const selectors = over(text, at, 20_000);
    expect(5_000_000 * 20_000).toBeGreaterThan(MAX_WORK);
    const changed = editInside(text, at, at + 20_000);
    expect(anchorAll(changed, [selectors], untimed)).toEqual([{ status: 'orphan' }]);
  });

  it('still finds a changed 300-character quote on the same text', () => {
    const selectors = over(text, at, 300);
    const changed = 'A new first line.\n' + editInside(text, at, at + 300);
    const [anchor] = anchorAll(changed, [selectors], untimed);
    expect(anchor).toMatchObject({ status: 'fuzzy', start: at + 18 });
  });

  it('still finds the 20,000-character quote where it is unchanged, and where it moved a little', () => {
    const selectors = over(text, at, 20_000);
    expect(anchorAll(text, [selectors], untimed)).toEqual([
      { status: 'exact', start: at, end: at + 20_000 },
    ]);
    const shifted = 'Two words.' + text;
    expect(anchorAll(shifted, [selectors], untimed)).toEqual([
      { status: 'exact', start: at + 10, end: at + 20_010 },
    ]);
  });

  it('admits the same quote on a text short enough', () => {
    const short = wordSalad(seededRandom(2), 60_000);
    const selectors = over(short, 20_000, 20_000);
    const [anchor] = anchorAll(editInside(short, 20_000, 40_000), [selectors], untimed);
    expect(anchor).toMatchObject({ status: 'fuzzy', start: 20_000 });
  });
});

describe('the time budget, checked between candidates', () => {
  // A paragraph moved to the top (with the context on either side) and edited inside: only the
  // whole-text searches find it.
  const text = wordSalad(seededRandom(3), 200_000);
  const selectors = over(text, 150_000, 400);
  const paragraph = editInside(text.slice(149_900, 150_500), 100, 500);
  const moved = paragraph + '\n' + text.slice(0, 149_900) + text.slice(150_500);

  /** A clock that moves on by 1 ms each time it is read. */
  const ticking = () => {
    let now = 0;
    return () => now++;
  };

  it('finds a moved, edited passage when there is time', () => {
    const [anchor] = anchorAll(moved, [selectors], { budget: { clock: ticking() } });
    expect(anchor).toMatchObject({ status: 'fuzzy', start: 100 });
  });

  it('leaves it unfound when its time runs out, rather than taking the best place so far', () => {
    const budget = { clock: ticking(), highlightMs: 5 };
    expect(anchorAll(moved, [selectors], { budget })).toEqual([{ status: 'orphan' }]);
    expect(anchorSelectors(moved, selectors, { budget })).toEqual({ status: 'orphan' });
  });

  it('still places exact highlights once the whole call’s time is spent', () => {
    const budget = { clock: ticking(), callMs: 0 };
    const exact = over(text, 1000, 50);
    const shifted = 'Inserted.' + editInside(text, 150_000, 150_400);
    expect(anchorAll(shifted, [exact, selectors], { budget })).toEqual([
      { status: 'exact', start: 1009, end: 1059 },
      { status: 'orphan' },
    ]);
    const [, changed] = anchorAll(shifted, [exact, selectors], untimed);
    expect(changed).toMatchObject({ status: 'fuzzy', start: 150_009 });
  });
});

describe('anchoring in slices', () => {
  const text = wordSalad(seededRandom(4), 120_000);
  const list = [over(text, 10_000, 8000), over(text, 60_000, 300), over(text, 100_000, 2000)];
  const changed = [10_000, 60_000, 100_000].reduce(
    (t, start) => editInside(t, start, start + 300),
    'A line on top.\n' + text,
  );

  it('gives the same anchors as anchoring at once, pausing between slices', async () => {
    let pauses = 0;
    let now = 0;
    const sliced = await anchorAllInSlices(changed, list, {
      ...untimed,
      clock: () => now++, // every step is a slice of its own
      sliceMs: 1,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(sliced).toEqual(anchorAll(changed, list, untimed));
    expect(sliced.map((a) => a.status)).toEqual(['fuzzy', 'fuzzy', 'fuzzy']);
    expect(pauses).toBeGreaterThan(10);
  });

  it('lets a task queued after it began run before it ends', async () => {
    const order: string[] = [];
    const anchoring = anchorAllInSlices(changed, list, { sliceMs: 1 }).then(() =>
      order.push('anchored'),
    );
    const other = nextTask().then(() => order.push('another request'));
    await Promise.all([anchoring, other]);
    expect(order).toEqual(['another request', 'anchored']);
  });
});
