// @vitest-environment happy-dom
// FlippingBook's own lines ("This is a SEO version of …", "« Previous Page Table of Contents Next
// Page »"): recognized as text, found as elements, and never part of a fixture article's text.
import { describe, expect, it } from 'vitest';
import { findBoilerplate, isFlippingBookBoilerplate } from '../../../lib/article/boilerplate';
import { findArticle } from '../../../lib/article/findArticle';
import { buildTextModel } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';

describe('isFlippingBookBoilerplate', () => {
  it('recognizes the SEO header line, with or without its final period', () => {
    expect(
      isFlippingBookBoilerplate(
        'This is a SEO version of Foreign Service Journal - May 2011. Click here to view full version',
      ),
    ).toBe(true);
    expect(
      isFlippingBookBoilerplate(
        '  This is a SEO version of FSJ_0511.\n  Click here to view full version.  ',
      ),
    ).toBe(true);
  });

  it('recognizes the navigation line in its spellings', () => {
    for (const line of [
      '« Previous Page Table of Contents Next Page »',
      'Previous Page | Table of Contents | Next Page',
      '«Previous Page\n Table of Contents\n Next Page»',
    ]) {
      expect(isFlippingBookBoilerplate(line), line).toBe(true);
    }
  });

  it('does not take article prose that mentions these words for boilerplate', () => {
    expect(
      isFlippingBookBoilerplate('The previous page of the report listed the table of contents.'),
    ).toBe(false);
    expect(
      isFlippingBookBoilerplate(
        'This is a SEO version of the story, she said, but nobody would click here to view full version of it; the rest ran to three more paragraphs.',
      ),
    ).toBe(false);
    expect(
      isFlippingBookBoilerplate(
        `This is a SEO version of ${'x'.repeat(300)} Click here to view full version`,
      ),
    ).toBe(false);
  });
});

describe('findBoilerplate', () => {
  it('finds the innermost elements whose whole text is boilerplate', () => {
    document.body.innerHTML =
      '<div id="wrap"><div id="head">This is a SEO version of FSJ. <a>Click here to view full version</a></div>' +
      '<div id="nav"><a>« Previous Page</a> <a>Table of Contents</a> <a>Next Page »</a></div>' +
      '<p id="text">IOM opened three transit centers.</p></div>';
    const found = findBoilerplate(document.getElementById('wrap')!);
    expect([...found].map((e) => e.id).sort()).toEqual(['head', 'nav']);
  });

  it('finds nothing in a page without FlippingBook lines', () => {
    document.body.innerHTML =
      '<div id="wrap"><p>Plain article text.</p><nav>Home · About</nav></div>';
    expect(findBoilerplate(document.getElementById('wrap')!).size).toBe(0);
  });
});

describe('the accepted text of each fixture article', () => {
  const pages = fixturePages().filter((p) => p.layout !== 'none');

  it.each(pages.map((p) => [p.file, p] as const))(
    '%s holds no FlippingBook line',
    (_file, page) => {
      const article = findArticle(loadFixture(page));
      expect(article).not.toBeNull();
      const { text } = buildTextModel(article!.roots, {
        skip: article!.isLeftOut,
        acceptText: article!.isArticleText,
      });
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toMatch(/This is a SEO version/i);
      expect(text).not.toMatch(/Click here to view full version/i);
      expect(text).not.toMatch(/Previous Page|Next Page|Table of Contents/i);
    },
  );
});
