// Search as you type on the notes page: every word must occur in the quote, the note, the tags or
// the organizations' names, ignoring case and accents; folding happens once per record set and
// again only for records that changed.
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../lib/notes/grouping';
import { toItems } from '../../../lib/notes/items';
import {
  buildSearchIndex,
  foldForSearch,
  queryWords,
  searchItems,
  type FoldCache,
} from '../../../lib/notes/search';
import { names, NOW, sampleData } from './notesFixtures';

const items = toItems(sampleData(), NOW).sort(newestFirst);
const index = buildSearchIndex(items, names);
const keys = (query: string) => searchItems(index, query).map((i) => i.key);

describe('searchItems', () => {
  it('returns every item, in order, for an empty or blank query', () => {
    expect(keys('')).toEqual(items.map((i) => i.key));
    expect(keys('   ')).toEqual(items.map((i) => i.key));
  });

  it('finds words in quotes, notes, tags and organization names', () => {
    expect(keys('herders')).toEqual(['h:m28b']);
    expect(keys('consulate')).toEqual(['h:m30']);
    expect(keys('#geneva')).toEqual(['h:m30']);
    expect(keys('#data')).toEqual(['h:d17', 'h:m28a']);
    expect(keys('development')).toEqual(['h:d17']);
    expect(keys('Refugee Agency')).toEqual(['h:m30', 'n:unhcr1']);
  });

  it('ignores case and accents, both in the text and in the query', () => {
    expect(keys('CAFE REFUGIE')).toEqual(['h:m30']);
    expect(keys('genève')).toEqual(['h:m30']);
    expect(keys('GENEVE')).toEqual(['h:m30']);
  });

  it('needs every word, in any order and any field', () => {
    expect(keys('dtm tracking')).toEqual(['h:m28a']);
    expect(keys('tracking herders')).toEqual([]);
  });

  it('finds parts of words, so the list narrows as the reader types', () => {
    expect(keys('mig')).toEqual(['n:iom1', 'h:m28a']);
    expect(keys('migr')).toEqual(['n:iom1', 'h:m28a']);
  });

  it('does not match across two fields', () => {
    // The quote of m28a ends "settled" and its note starts "Compare".
    expect(keys('settled compare')).toEqual(['h:m28a']);
    expect(keys('settledcompare')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('folds and splits the query on white space', () => {
    expect(queryWords('  Café\tRÉFUGIÉ  #Mali ')).toEqual(['cafe', 'refugie', '#mali']);
  });
});

describe('buildSearchIndex', () => {
  it('reuses the folded text of unchanged records and refolds changed ones', () => {
    const cache: FoldCache = new Map();
    buildSearchIndex(items, names, cache);
    const before = cache.get('h:m30')!;
    const edited = items.map((i) =>
      i.key === 'h:m30' ? { ...i, note: 'Ask the embassy', updatedAt: NOW } : i,
    );
    const again = buildSearchIndex(edited, names, cache);
    expect(cache.get('h:m28a')!.folded).toBe(
      again.haystacks[edited.findIndex((i) => i.key === 'h:m28a')],
    );
    expect(cache.get('h:m30')).not.toBe(before);
    expect(searchItems(again, 'embassy').map((i) => i.key)).toEqual(['h:m30']);
    expect(searchItems(again, 'consulate')).toEqual([]);
  });

  it('does not use a stale fold when the record changed but its key did not', () => {
    const cache: FoldCache = new Map();
    buildSearchIndex(items, names, cache);
    const edited = items.map((i) =>
      i.key === 'h:m28b' ? { ...i, note: 'nomads', updatedAt: NOW + 1 } : i,
    );
    expect(searchItems(buildSearchIndex(edited, names, cache), 'nomads').map((i) => i.key)).toEqual(
      ['h:m28b'],
    );
  });
});

describe('foldForSearch', () => {
  it('lower-cases, drops accents and straightens curly apostrophes', () => {
    expect(foldForSearch('Côte d’Ivoire, GENÈVE, Zürich')).toBe("cote d'ivoire, geneve, zurich");
  });

  it('leaves plain ASCII text as lower case, unchanged otherwise', () => {
    expect(foldForSearch('U.N. #Mali 2013')).toBe('u.n. #mali 2013');
  });
});
