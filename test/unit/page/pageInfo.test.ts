// Page identity: which address a page's highlights are filed under, and which FSJ issue and page
// a FlippingBook address names.
import { describe, expect, it } from 'vitest';
import {
  canonicalUrl,
  describePage,
  fsjFileStem,
  fsjIssueFromUrl,
  fsjIssueLabel,
  fsjPageNumber,
  fullYear,
  parseIssueCode,
} from '../../../lib/page/pageInfo';

const BOOK = 'https://www.afsa.org/sites/default/files/flipping_book';
const SEO_0313_28 = `${BOOK}/0313/files/assets/seo/page28.html`;
const BASIC_0313_28 = `${BOOK}/0313/files/assets/basic-html/page-28.html`;
/** 27 November 2026, the "today" of these tests. */
const NOW = Date.UTC(2026, 10, 27);

describe('canonicalUrl', () => {
  it('removes the fragment', () => {
    expect(canonicalUrl('https://www.afsa.org/article#section-2', null)).toBe(
      'https://www.afsa.org/article',
    );
  });

  it('removes tracking parameters and keeps the others, in order and as encoded', () => {
    expect(
      canonicalUrl(
        'https://www.afsa.org/search?q=migration%20diplomacy&utm_source=news&page=2&fbclid=x&UTM_Medium=y',
        null,
      ),
    ).toBe('https://www.afsa.org/search?q=migration%20diplomacy&page=2');
  });

  it('removes every known tracking parameter, and the ? when nothing is left', () => {
    const tracking = [
      'utm_campaign',
      'utm_content',
      'fbclid',
      'gclid',
      'dclid',
      'msclkid',
      'mc_cid',
      'mc_eid',
      '_ga',
      '_gl',
      'igshid',
      'yclid',
      'ref_src',
    ];
    const query = tracking.map((name) => `${name}=1`).join('&');
    expect(canonicalUrl(`https://www.afsa.org/a?${query}#top`, null)).toBe(
      'https://www.afsa.org/a',
    );
  });

  it('keeps parameters that merely resemble tracking ones', () => {
    expect(canonicalUrl('https://example.org/a?ref=home&utm=1&gclid_note=2', null)).toBe(
      'https://example.org/a?ref=home&utm=1&gclid_note=2',
    );
  });

  it('honours rel=canonical, resolving a relative one against the page', () => {
    expect(
      canonicalUrl(
        'https://www.afsa.org/node/123?utm_source=x',
        'https://www.afsa.org/migration-diplomacy-practice',
      ),
    ).toBe('https://www.afsa.org/migration-diplomacy-practice');
    expect(canonicalUrl('https://www.afsa.org/node/123', '/migration-diplomacy-practice')).toBe(
      'https://www.afsa.org/migration-diplomacy-practice',
    );
  });

  it('cleans the canonical address too', () => {
    expect(canonicalUrl('https://a.example/x', 'https://a.example/y?utm_source=z#frag')).toBe(
      'https://a.example/y',
    );
  });

  it('falls back to the page address when rel=canonical is not a valid http(s) URL', () => {
    const page = 'https://www.afsa.org/article?utm_source=x';
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'http://[oops', '', '   ']) {
      expect(canonicalUrl(page, bad), bad).toBe('https://www.afsa.org/article');
    }
  });

  it('ignores a canonical on another site, which would show that page’s notes here', () => {
    const article = 'https://www.afsa.org/migration-diplomacy-practice';
    expect(canonicalUrl('https://forum.afsa.org/x.html', article)).toBe(
      'https://forum.afsa.org/x.html',
    );
    expect(canonicalUrl('https://example.org/copy', article)).toBe('https://example.org/copy');
    // The same site over http, or without www, is the same site.
    expect(canonicalUrl('http://afsa.org/node/123', article)).toBe(article);
    expect(canonicalUrl('https://www.afsa.org/node/123', 'http://afsa.org/a')).toBe(
      'http://afsa.org/a',
    );
  });

  it('ignores a canonical that points every page at the home page', () => {
    expect(canonicalUrl('https://example.org/2013/article', 'https://example.org/')).toBe(
      'https://example.org/2013/article',
    );
  });

  it('ignores a FlippingBook canonical that names another page or the whole book', () => {
    expect(canonicalUrl(SEO_0313_28, `${BOOK}/0313/index.html`)).toBe(SEO_0313_28);
    expect(canonicalUrl(SEO_0313_28, `${BOOK}/0313/files/assets/seo/page1.html`)).toBe(SEO_0313_28);
    expect(canonicalUrl(SEO_0313_28, BASIC_0313_28)).toBe(BASIC_0313_28);
  });

  it('returns an address that does not parse without its fragment', () => {
    expect(canonicalUrl('not a url#x', null)).toBe('not a url');
  });
});

describe('parseIssueCode', () => {
  it('reads MMYY as one month', () => {
    expect(parseIssueCode('0313', NOW)).toEqual({
      code: '0313',
      year: 2013,
      month: 3,
      endMonth: 3,
    });
  });

  it('reads MMMMYY as a combined issue', () => {
    expect(parseIssueCode('070813', NOW)).toEqual({
      code: '070813',
      year: 2013,
      month: 7,
      endMonth: 8,
    });
  });

  it('reads arYYYY as an annual report, in any case', () => {
    expect(parseIssueCode('AR2013', NOW)).toEqual({
      code: 'ar2013',
      year: 2013,
      month: null,
      endMonth: null,
    });
  });

  it('rejects codes that are not issues', () => {
    // Month 13, month 00, a combined issue running backwards, a year before the Journal or after
    // next year, too few digits, letters.
    for (const code of ['1313', '0013', '080713', 'ar1850', 'ar2999', '313', 'abcd', '']) {
      expect(parseIssueCode(code, NOW), code).toBeNull();
    }
  });
});

describe('fullYear (two-digit years: 20YY up to next year, else 19YY)', () => {
  it('reads years up to next year as this century', () => {
    expect(fullYear(0, NOW)).toBe(2000);
    expect(fullYear(13, NOW)).toBe(2013);
    expect(fullYear(26, NOW)).toBe(2026);
    expect(fullYear(27, NOW)).toBe(2027);
  });

  it('reads later years as the last century, back to the first issues', () => {
    expect(fullYear(28, NOW)).toBe(1928);
    expect(fullYear(19, Date.UTC(2010, 0, 1))).toBe(1919);
    expect(fullYear(99, NOW)).toBe(1999);
  });
});

describe('fsjIssueFromUrl', () => {
  it('reads the issue from SEO and basic-html page addresses', () => {
    expect(fsjIssueFromUrl(SEO_0313_28, NOW)?.code).toBe('0313');
    expect(fsjIssueFromUrl(BASIC_0313_28, NOW)?.month).toBe(3);
    expect(fsjIssueFromUrl(`${BOOK}/1208/files/assets/seo/page17.html`, NOW)).toMatchObject({
      year: 2008,
      month: 12,
    });
    expect(fsjIssueFromUrl(`${BOOK}/ar2013/files/assets/seo/page3.html`, NOW)?.month).toBeNull();
  });

  it('accepts afsa.org with or without www, over http or https', () => {
    expect(
      fsjIssueFromUrl('http://afsa.org/sites/default/files/flipping_book/0313/index.html', NOW),
    ).not.toBeNull();
  });

  it('is null off afsa.org and for other afsa.org pages', () => {
    expect(fsjIssueFromUrl(SEO_0313_28.replace('www.afsa.org', 'afsa.org.evil.example'), NOW)).toBe(
      null,
    );
    expect(fsjIssueFromUrl('https://www.afsa.org/migration-diplomacy-practice', NOW)).toBeNull();
    expect(fsjIssueFromUrl(`${BOOK}/notacode/files/assets/seo/page1.html`, NOW)).toBeNull();
    expect(fsjIssueFromUrl('not a url', NOW)).toBeNull();
  });
});

describe('fsjPageNumber', () => {
  it('reads the number from the page file', () => {
    expect(fsjPageNumber(SEO_0313_28, '')).toBe(28);
    expect(fsjPageNumber(BASIC_0313_28, '')).toBe(28);
  });

  it('falls back to a FlippingBook title', () => {
    const title = 'Page 28 - The Foreign Service Journal, March 2013';
    expect(fsjPageNumber(`${BOOK}/0313/index.html`, title)).toBe(28);
    expect(
      fsjPageNumber('https://x.example/', 'Page 5 - Foreign Service Journal - March 2013'),
    ).toBe(5);
  });

  it('is null when neither says', () => {
    expect(fsjPageNumber('https://www.afsa.org/a', 'Pages of history - FSJ')).toBeNull();
    expect(fsjPageNumber(`${BOOK}/0313/files/assets/seo/page0.html`, '')).toBeNull();
  });
});

describe("a page's own folder, the address most archive links use", () => {
  const forms = [
    `${BOOK}/0319/9/`,
    `${BOOK}/0319/9`,
    `${BOOK}/0319/9/index.html`,
    `${BOOK}/0319/9/INDEX.HTML`,
    'http://afsa.org/sites/default/files/flipping_book/0319/9/',
  ];

  it('names the issue from the code and the page from the folder, with or without slash or index.html', () => {
    for (const url of forms) {
      expect(fsjIssueFromUrl(url, NOW), url).toEqual({
        code: '0319',
        year: 2019,
        month: 3,
        endMonth: 3,
      });
      expect(fsjPageNumber(url, ''), url).toBe(9);
    }
  });

  it('reads a combined issue’s code the same way', () => {
    const url = `${BOOK}/070823/79`;
    expect(fsjIssueFromUrl(url, NOW)).toEqual({
      code: '070823',
      year: 2023,
      month: 7,
      endMonth: 8,
    });
    expect(fsjPageNumber(url, '')).toBe(79);
    expect(describePage(url, null, '', NOW)).toMatchObject({ pageNumber: 79 });
  });

  it('takes no page from a deeper file of the book, nor from page 0', () => {
    expect(fsjPageNumber(`${BOOK}/0319/9/files/thumb.jpg`, '')).toBeNull();
    expect(fsjPageNumber(`${BOOK}/0319/9/page.html`, '')).toBeNull();
    expect(fsjPageNumber(`${BOOK}/0319/0/`, '')).toBeNull();
    expect(fsjPageNumber(`${BOOK}/0319/index.html`, '')).toBeNull();
    // The issue is still known: every address under the book's code belongs to it.
    expect(fsjIssueFromUrl(`${BOOK}/0319/9/files/thumb.jpg`, NOW)?.code).toBe('0319');
  });

  it('trusts a canonical naming the same page in another of its forms, not another page', () => {
    expect(canonicalUrl(`${BOOK}/0319/9`, `${BOOK}/0319/9/`)).toBe(`${BOOK}/0319/9/`);
    expect(canonicalUrl(`${BOOK}/0319/9/`, `${BOOK}/0319/10/`)).toBe(`${BOOK}/0319/9/`);
    expect(canonicalUrl(`${BOOK}/0319/9/`, `${BOOK}/0319/`)).toBe(`${BOOK}/0319/9/`);
  });

  it('files the page with its issue and number', () => {
    expect(describePage(`${BOOK}/0319/9/?utm_source=x`, null, 'March 2019', NOW)).toEqual({
      url: `${BOOK}/0319/9/`,
      title: 'March 2019',
      issue: { code: '0319', year: 2019, month: 3, endMonth: 3 },
      pageNumber: 9,
      updatedAt: NOW,
    });
  });
});

describe('describePage', () => {
  it('describes a FlippingBook page: canonical address, title, issue and page', () => {
    expect(
      describePage(
        `${SEO_0313_28}?utm_source=mail#p2`,
        null,
        '  Page 28 - Foreign Service Journal -\n March 2013 ',
        NOW,
      ),
    ).toEqual({
      url: SEO_0313_28,
      title: 'Page 28 - Foreign Service Journal - March 2013',
      issue: { code: '0313', year: 2013, month: 3, endMonth: 3 },
      pageNumber: 28,
      updatedAt: NOW,
    });
  });

  it('describes any other page with no issue or page number', () => {
    const page = describePage(
      'https://www.afsa.org/node/9',
      '/migration-diplomacy-practice',
      'Page 3 - Migration Diplomacy in Practice',
      NOW,
    );
    expect(page).toMatchObject({
      url: 'https://www.afsa.org/migration-diplomacy-practice',
      issue: null,
      pageNumber: null,
    });
  });

  it('caps a very long title', () => {
    expect(describePage('https://x.example/', null, 'x'.repeat(5000), NOW).title).toHaveLength(
      1000,
    );
  });
});

describe('labels and file names for export', () => {
  const march = parseIssueCode('0313', NOW)!;
  const julyAugust = parseIssueCode('070813', NOW)!;
  const annual = parseIssueCode('ar2013', NOW)!;

  it('names the issue for people', () => {
    expect(fsjIssueLabel(march)).toBe('FSJ March 2013');
    expect(fsjIssueLabel(julyAugust)).toBe('FSJ July–August 2013');
    expect(fsjIssueLabel(annual)).toBe('AFSA Annual Report 2013');
  });

  it('gives file stems that sort by date', () => {
    expect(fsjFileStem(march, 28)).toBe('fsj-2013-03-p28');
    expect(fsjFileStem(julyAugust, 5)).toBe('fsj-2013-07-08-p5');
    expect(fsjFileStem(annual, 3)).toBe('fsj-ar2013-p3');
    expect(fsjFileStem(march, null)).toBe('fsj-2013-03');
  });
});
