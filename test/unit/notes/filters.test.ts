// The notes page's filters: by tag, colour, organization and issue, combined; and the choices each
// filter offers, taken from the reader's own data with counts.
import { describe, expect, it } from 'vitest';
import { applyFilters, filterChoices, hasFilters, NO_FILTERS } from '../../../lib/notes/filters';
import { OTHER_PAGES_LABEL, newestFirst } from '../../../lib/notes/grouping';
import { toItems } from '../../../lib/notes/items';
import { DEFAULT_COLOR_NAMES } from '../../../lib/highlights/colorNames';
import { names, NOW, sampleData } from './notesFixtures';

const items = toItems(sampleData(), NOW).sort(newestFirst);
const keys = (filters: Partial<typeof NO_FILTERS>) =>
  applyFilters(items, { ...NO_FILTERS, ...filters }).map((i) => i.key);

describe('applyFilters', () => {
  it('keeps everything when no filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(keys({})).toEqual(items.map((i) => i.key));
  });

  it('filters by tag', () => {
    expect(keys({ tag: 'data' })).toEqual(['h:d17', 'h:m28a']);
  });

  it('filters by colour, which notes on organizations do not have', () => {
    expect(keys({ color: 'blue' })).toEqual(['h:m30']);
    expect(keys({ color: 'yellow' })).toEqual(['h:m28b', 'h:art']);
  });

  it('filters by organization: passages naming it and notes on it', () => {
    expect(keys({ entryId: 'unhcr' })).toEqual(['h:m30', 'n:unhcr1']);
    expect(keys({ entryId: 'iom' })).toEqual(['n:iom1', 'h:m28a']);
  });

  it('filters by issue, and by "outside any issue"', () => {
    expect(keys({ issue: '0313' })).toEqual(['h:m28b', 'n:iom1', 'h:m30', 'h:m28a', 'n:unhcr1']);
    expect(keys({ issue: '' })).toEqual(['h:art']);
  });

  it('combines filters: every one set must pass', () => {
    expect(keys({ tag: 'data', issue: '0313' })).toEqual(['h:m28a']);
    expect(keys({ tag: 'data', color: 'blue' })).toEqual([]);
  });
});

describe('filterChoices', () => {
  const choices = filterChoices(items, names, { ...DEFAULT_COLOR_NAMES, green: 'Key fact' });

  it('offers the tags in use, by name, with counts', () => {
    expect(choices.tags).toEqual([
      { value: 'data', label: '#data', count: 2 },
      { value: 'geneva', label: '#geneva', count: 1 },
      { value: 'mali', label: '#mali', count: 1 },
    ]);
  });

  it('offers the colours in use, in their fixed order, with the reader’s names', () => {
    expect(choices.colors).toEqual([
      { value: 'yellow', label: 'Yellow', count: 2 },
      { value: 'green', label: 'Key fact', count: 1 },
      { value: 'blue', label: 'Blue', count: 1 },
      { value: 'pink', label: 'Pink', count: 1 },
    ]);
  });

  it('offers the organizations named or noted, by name', () => {
    expect(choices.entries.map((c) => [c.value, c.count])).toEqual([
      ['iom', 2],
      ['usaid', 1],
      ['unhcr', 2],
    ]);
  });

  it('offers the issues newest first, pages outside an issue last', () => {
    expect(choices.issues).toEqual([
      { value: '0313', label: 'FSJ March 2013', count: 5 },
      { value: '1208', label: 'FSJ December 2008', count: 1 },
      { value: '', label: OTHER_PAGES_LABEL, count: 1 },
    ]);
  });
});
