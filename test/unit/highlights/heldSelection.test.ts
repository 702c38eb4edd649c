// The toolbar offers an existing highlight, not a duplicate, when the selection lies inside one.
import { describe, expect, it } from 'vitest';
import { highlightHolding } from '../../../lib/highlights/heldSelection';

const saved = [
  { id: 'outer', start: 10, end: 60 },
  { id: 'inner', start: 20, end: 30 },
  { id: 'later', start: 100, end: 120 },
];

describe('highlightHolding', () => {
  it('finds the highlight a selection of exactly its words lies in', () => {
    expect(highlightHolding({ start: 100, end: 120 }, saved)).toBe('later');
  });

  it('finds the highlight a selection of a few of its words lies in', () => {
    expect(highlightHolding({ start: 35, end: 50 }, saved)).toBe('outer');
  });

  it('takes the narrowest of nested highlights that hold the selection', () => {
    expect(highlightHolding({ start: 22, end: 28 }, saved)).toBe('inner');
    expect(highlightHolding({ start: 20, end: 30 }, saved)).toBe('inner');
  });

  it('finds none for a selection that runs past a highlight’s edge, or lies outside them all', () => {
    expect(highlightHolding({ start: 95, end: 110 }, saved)).toBeNull();
    expect(highlightHolding({ start: 110, end: 121 }, saved)).toBeNull();
    expect(highlightHolding({ start: 70, end: 80 }, saved)).toBeNull();
  });

  it('finds none for an empty selection, or on a page with no highlights', () => {
    expect(highlightHolding({ start: 25, end: 25 }, saved)).toBeNull();
    expect(highlightHolding({ start: 20, end: 30 }, [])).toBeNull();
  });
});
