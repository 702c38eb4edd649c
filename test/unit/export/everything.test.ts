// Gathering the database's records into articles for the export of everything, and the names of
// the files it downloads.
import { describe, expect, it } from 'vitest';
import {
  articlesFromRecords,
  collectionFileName,
  zipFileName,
} from '../../../lib/export/everything';
import { DEMO_HIGHLIGHTS, DEMO_PAGE, NOW, OTHER_ARTICLE, OTHER_PAGE } from './exportFixtures';

describe('articlesFromRecords', () => {
  const others = OTHER_ARTICLE.highlights;

  it('gives one article per page with highlights, each with only its own highlights', () => {
    const mixed = [DEMO_HIGHLIGHTS[0]!, others[0]!, ...DEMO_HIGHLIGHTS.slice(1), others[1]!];
    const articles = articlesFromRecords([OTHER_PAGE, DEMO_PAGE], mixed);
    expect(articles).toEqual([
      { page: DEMO_PAGE, highlights: DEMO_HIGHLIGHTS },
      { page: OTHER_PAGE, highlights: others },
    ]);
  });

  it('leaves out pages without highlights', () => {
    expect(articlesFromRecords([DEMO_PAGE, OTHER_PAGE], others)).toEqual([
      { page: OTHER_PAGE, highlights: others },
    ]);
  });

  it('never loses a highlight whose page record is missing: its page is named by its address', () => {
    expect(articlesFromRecords([], others)).toEqual([
      {
        page: { url: OTHER_PAGE.url, title: '', issue: null, pageNumber: null, updatedAt: 0 },
        highlights: others,
      },
    ]);
  });
});

describe('the export’s file names', () => {
  it('carry the day of the export, so that exports sort by date', () => {
    expect(collectionFileName(NOW)).toBe('fsj-gloss-export-2026-01-15.md');
    expect(zipFileName(NOW)).toBe('fsj-gloss-export-2026-01-15.zip');
  });
});
