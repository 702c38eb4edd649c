// A page's highlights kept in one record: always in reading order, with the ids and the latest
// change time the indexes read, and no record for a page with nothing on it.
import { describe, expect, it } from 'vitest';
import {
  groupByPage,
  highlightsOf,
  lastChangedFirst,
  pageHighlightsRecord,
  withHighlight,
  withoutHighlight,
} from '../../../lib/db/pageHighlights';
import { makeHighlight, PAGE_URL, T0 } from './testDb';

const OTHER_URL = 'https://www.afsa.org/migration-diplomacy-practice';

describe('a page’s highlights record', () => {
  it('keeps them in reading order (place on the page, then id), with their ids', () => {
    const record = pageHighlightsRecord(PAGE_URL, [
      makeHighlight('c', 300),
      makeHighlight('b', 10),
      makeHighlight('a', 10),
    ])!;
    expect(record.pageUrl).toBe(PAGE_URL);
    expect(highlightsOf(record).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(record.ids).toEqual(['a', 'b', 'c']);
  });

  it('is stamped with the latest change among them, whatever their order', () => {
    const record = pageHighlightsRecord(PAGE_URL, [
      makeHighlight('early', 0, { updatedAt: T0 + 900 }),
      makeHighlight('late', 50, { updatedAt: T0 + 5 }),
    ])!;
    expect(record.updatedAt).toBe(T0 + 900);
  });

  it('is null for a page with nothing on it', () => {
    expect(pageHighlightsRecord(PAGE_URL, [])).toBeNull();
  });

  it('adding puts a new highlight in its place, and replaces one with the same id', () => {
    const one = withHighlight(undefined, makeHighlight('b', 100));
    const two = withHighlight(one, makeHighlight('a', 5));
    expect(two.ids).toEqual(['a', 'b']);
    const moved = withHighlight(
      two,
      makeHighlight('b', 1, { note: 'moved up', updatedAt: T0 + 7 }),
    );
    expect(moved.ids).toEqual(['b', 'a']);
    expect(highlightsOf(moved)[0]!.note).toBe('moved up');
    expect(moved.updatedAt).toBe(T0 + 7);
  });

  it('removing the last highlight leaves no record; removing another recomputes the stamp', () => {
    const record = pageHighlightsRecord(PAGE_URL, [
      makeHighlight('a', 0),
      makeHighlight('b', 9, { updatedAt: T0 + 40 }),
    ])!;
    const left = withoutHighlight(record, 'b')!;
    expect(left.ids).toEqual(['a']);
    expect(left.updatedAt).toBe(T0);
    expect(withoutHighlight(left, 'a')).toBeNull();
  });

  it('groups highlights by page, one record each', () => {
    const records = groupByPage([
      makeHighlight('x', 40),
      makeHighlight('y', 0, { pageUrl: OTHER_URL }),
      makeHighlight('z', 2),
    ]);
    expect(records.map((r) => [r.pageUrl, r.ids])).toEqual([
      [PAGE_URL, ['z', 'x']],
      [OTHER_URL, ['y']],
    ]);
  });

  it('orders the most recently changed first, ties by id, last first', () => {
    const list = [
      makeHighlight('a', 0, { updatedAt: T0 + 1 }),
      makeHighlight('b', 0, { updatedAt: T0 + 2 }),
      makeHighlight('c', 0, { updatedAt: T0 + 1 }),
    ];
    expect([...list].sort(lastChangedFirst).map((h) => h.id)).toEqual(['b', 'c', 'a']);
  });
});
