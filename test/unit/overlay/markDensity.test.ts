// How many mentions are marked: every one by default, or each body's first only.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MARK_DENSITY,
  occurrencesToMark,
  readMarkDensity,
} from '../../../lib/overlay/markDensity';

const mentions = [
  { entryId: 'iom', start: 0 },
  { entryId: 'unhcr', start: 10 },
  { entryId: 'iom', start: 20 },
  { entryId: 'unhcr', start: 30 },
  { entryId: 'gfmd', start: 40 },
];

describe('mark density', () => {
  it('marks every mention unless the reader chose otherwise', () => {
    expect(DEFAULT_MARK_DENSITY).toBe('every');
    expect(readMarkDensity(undefined)).toBe('every');
    expect(readMarkDensity('sometimes')).toBe('every');
    expect(readMarkDensity('first')).toBe('first');
    expect(occurrencesToMark(mentions, 'every')).toBe(mentions);
  });

  it('at "first" keeps each body’s first mention, in text order', () => {
    expect(occurrencesToMark(mentions, 'first').map((o) => o.start)).toEqual([0, 10, 40]);
  });
});
