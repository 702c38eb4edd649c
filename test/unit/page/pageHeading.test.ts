// The popup's line naming the page: the article's title, the FSJ issue and the page.
import { describe, expect, it } from 'vitest';
import { pageHeading } from '../../../lib/page/pageHeading';
import { parseIssueCode } from '../../../lib/page/pageInfo';

const NOW = Date.UTC(2026, 10, 27);
const issue = (code: string) => parseIssueCode(code, NOW);

describe('pageHeading', () => {
  it('names the issue and page instead of FlippingBook’s "Page N - …" title', () => {
    expect(
      pageHeading({
        title: 'Page 28 - Foreign Service Journal',
        issue: issue('0319'),
        pageNumber: 9,
      }),
    ).toBe('March 2019 · page 9');
    expect(pageHeading({ title: 'Page 79', issue: issue('070823'), pageNumber: 79 })).toBe(
      'July–August 2023 · page 79',
    );
  });

  it('keeps an article’s own title before the issue and page', () => {
    expect(
      pageHeading({ title: '  Managing\nMobility ', issue: issue('0319'), pageNumber: 9 }),
    ).toBe('Managing Mobility · March 2019 · page 9');
  });

  it('names the issue alone when the page is not known, and the annual report by name', () => {
    expect(pageHeading({ title: '', issue: issue('0313'), pageNumber: null })).toBe('March 2013');
    expect(pageHeading({ title: null, issue: issue('ar2013'), pageNumber: 3 })).toBe(
      'AFSA Annual Report 2013 · page 3',
    );
  });

  it('keeps any title on a page outside an FSJ issue, even one that starts with "Page"', () => {
    expect(pageHeading({ title: 'Page 3 - My blog', issue: null, pageNumber: null })).toBe(
      'Page 3 - My blog',
    );
    expect(pageHeading({ title: 'The State Department', issue: null, pageNumber: 4 })).toBe(
      'The State Department',
    );
  });

  it('says nothing when nothing is known', () => {
    expect(pageHeading({ title: ' ', issue: null, pageNumber: null })).toBeNull();
    expect(pageHeading({ title: null, issue: null, pageNumber: null })).toBeNull();
  });
});
