// readColorNames and parseTags: stored colour names fall back to defaults when missing or damaged;
// typed tags become clean, distinct tags.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLOR_NAMES,
  MAX_COLOR_NAME,
  parseTags,
  readColorNames,
} from '../../../lib/highlights/colorNames';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../lib/model/limits';

describe('readColorNames', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readColorNames(undefined)).toEqual(DEFAULT_COLOR_NAMES);
    expect(readColorNames('yellow')).toEqual(DEFAULT_COLOR_NAMES);
  });

  it('takes the reader’s names, trimmed, and ignores empty or non-text ones', () => {
    const names = readColorNames({ yellow: ' key fact ', green: '', blue: 7, pink: 'question' });
    expect(names).toEqual({ ...DEFAULT_COLOR_NAMES, yellow: 'key fact', pink: 'question' });
  });

  it('cuts a name that is too long', () => {
    expect(readColorNames({ purple: 'x'.repeat(500) }).purple).toHaveLength(MAX_COLOR_NAME);
  });
});

describe('parseTags', () => {
  it('splits on commas and lines, trims, drops a leading #, and removes repeats', () => {
    expect(parseTags(' migration, #IOM,\nmigration , ,treaty law')).toEqual([
      'migration',
      'IOM',
      'treaty-law',
    ]);
  });

  it('keeps within the store’s limits on the number and length of tags', () => {
    const many = Array.from({ length: MAX_TAGS + 10 }, (_, i) => `t${i}`).join(',');
    expect(parseTags(many)).toHaveLength(MAX_TAGS);
    expect(parseTags('x'.repeat(500))[0]).toHaveLength(MAX_TAG_LENGTH);
  });

  it('gives no tags for blank input', () => {
    expect(parseTags('  , \n ')).toEqual([]);
  });
});
