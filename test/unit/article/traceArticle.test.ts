// @vitest-environment happy-dom
// traceArticle: Readability's verdict on a numbered copy of a page, as plain data. A trace made on
// a copy that was serialized and parsed again (as when the reading happens away from the page)
// locates the same article in the page as reading a clone does; a trace that no longer fits the
// page is refused rather than misplaced.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/article/findArticle';
import { locateArticle } from '../../../lib/article/liveArticle';
import { INDEX_ATTRIBUTE, numberElements } from '../../../lib/article/numbering';
import { traceArticle } from '../../../lib/article/traceArticle';
import { buildTextModel } from '../../../lib/text/textModel';
import type { LiveArticle } from '../../../lib/article/liveArticle';
import { fixturePages, loadFixture } from '../fixtures';

const withArticle = fixturePages().filter((p) => p.layout !== 'none');

/** A numbered copy of `doc` that went through HTML, as a copy sent elsewhere would. */
function copyThroughHtml(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  numberElements(clone);
  return new DOMParser().parseFromString(clone.documentElement.outerHTML, 'text/html');
}

function modelText(article: LiveArticle): string {
  return buildTextModel(article.roots, {
    skip: article.isLeftOut,
    acceptText: article.isArticleText,
  }).text;
}

describe('traceArticle', () => {
  it('numbers the elements of a copy in document order', () => {
    const doc = new DOMParser().parseFromString('<p>a<b>b</b></p><i>c</i>', 'text/html');
    numberElements(doc);
    const numbers = Array.from(doc.getElementsByTagName('*')).map((e) => [
      e.tagName,
      e.getAttribute(INDEX_ATTRIBUTE),
    ]);
    expect(numbers).toEqual([
      ['HTML', '0'],
      ['HEAD', '1'],
      ['BODY', '2'],
      ['P', '3'],
      ['B', '4'],
      ['I', '5'],
    ]);
  });

  it.each(withArticle.map((p) => [p.file, p] as const))(
    'traces the article of %s through HTML to the same place as a clone',
    (_f, page) => {
      const doc = loadFixture(page);
      const trace = traceArticle(copyThroughHtml(doc));
      expect(trace).not.toBeNull();
      const located = locateArticle(doc, JSON.parse(JSON.stringify(trace)))!;
      const found = findArticle(doc)!;
      expect(located.roots).toEqual(found.roots);
      expect(located.title).toBe(found.title);
      expect(modelText(located)).toBe(modelText(found));
      expect(modelText(located).length).toBeGreaterThan(0);
    },
  );

  it('finds nothing to trace on a page without an article', () => {
    const none = fixturePages().find((p) => p.layout === 'none')!;
    expect(traceArticle(copyThroughHtml(loadFixture(none)))).toBeNull();
  });

  it('ignores text under elements the original does not have (noscript read as markup)', () => {
    const prose = 'The delegation met the regional office twice before the summer. '.repeat(8);
    const doc = new DOMParser().parseFromString(
      `<body><div id="a"><p>${prose}</p><p>${prose}</p></div></body>`,
      'text/html',
    );
    const copy = copyThroughHtml(doc);
    // An element the copy has and the page has not, as a parser with scripting off makes of a
    // <noscript>: it has no number, so its text has no address.
    copy.querySelector('p')!.insertAdjacentHTML('beforeend', '<span>only in the copy</span>');
    const trace = traceArticle(copy)!;
    const located = locateArticle(doc, trace)!;
    expect(located.roots[0]!.id).toBe('a');
    expect(modelText(located)).not.toContain('only in the copy');
  });

  it('refuses a trace that no longer fits the page', () => {
    const page = withArticle[0]!;
    const doc = loadFixture(page);
    const trace = traceArticle(copyThroughHtml(doc))!;
    expect(trace.texts).not.toBeNull();
    // The page lost its article's text since the copy was made.
    for (const p of Array.from(findArticle(doc)!.roots[0]!.querySelectorAll('p'))) {
      p.textContent = '';
    }
    expect(locateArticle(doc, trace)).toBeNull();
  });
});
