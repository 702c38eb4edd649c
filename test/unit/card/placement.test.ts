// A card, the note editor or the toolbar never covers a line of what it belongs to.
import { describe, expect, it } from 'vitest';
import { placeClear, type PlacementInput, type Rect } from '../../../lib/card/placement';

const line = (left: number, top: number, width: number): Rect => ({ left, top, width, height: 20 });
/** A highlight over two lines: the end of one, the start of the next. */
const twoLines = [line(300, 100, 400), line(40, 124, 200)];
const base: PlacementInput = {
  rects: twoLines,
  panel: { width: 300, height: 200 },
  viewport: { width: 1000, height: 800 },
  prefer: 'below',
  align: 'start',
  gap: 6,
  margin: 8,
};

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const covers = (input: PlacementInput) => {
  const at = placeClear(input)!;
  const panel = { left: at.x, top: at.y, ...input.panel };
  return input.rects.some((r) => overlaps(panel, r));
};

describe('placeClear', () => {
  it('goes below the last line of a two-line highlight, lined up with that line', () => {
    expect(placeClear(base)).toEqual({ x: 40, y: 150, side: 'below' });
    expect(covers(base)).toBe(false);
  });

  it('goes above the first line when there is no room below', () => {
    const input = { ...base, rects: [line(300, 500, 400), line(40, 524, 200)] };
    expect(placeClear({ ...input, viewport: { width: 1000, height: 700 } })).toEqual({
      x: 300,
      y: 294,
      side: 'above',
    });
    expect(covers({ ...input, viewport: { width: 1000, height: 700 } })).toBe(false);
  });

  it('takes the side with more room when it fits on neither, still clear of the lines', () => {
    const input = { ...base, viewport: { width: 1000, height: 300 } };
    expect(placeClear(input)!.side).toBe('below');
    expect(covers(input)).toBe(false);
  });

  it('goes above when asked (the toolbar), centred on the first line', () => {
    const input: PlacementInput = {
      ...base,
      prefer: 'above',
      align: 'center',
      panel: { width: 200, height: 40 },
    };
    expect(placeClear(input)).toEqual({ x: 400, y: 54, side: 'above' });
  });

  it('stays on screen sideways', () => {
    const input = { ...base, rects: [line(900, 100, 90)] };
    expect(placeClear(input)!.x).toBe(1000 - 8 - 300);
  });

  it('skips empty rects, and places nothing beside nothing', () => {
    const input = { ...base, rects: [...twoLines, { left: 0, top: 700, width: 0, height: 0 }] };
    expect(placeClear(input)).toEqual({ x: 40, y: 150, side: 'below' });
    expect(placeClear({ ...base, rects: [] })).toBeNull();
  });
});
