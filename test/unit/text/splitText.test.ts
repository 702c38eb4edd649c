// @vitest-environment happy-dom
// acceptPaintedPieces: once the glossary and highlights are painted into an article found by
// tracing its text nodes, the article's text model still has exactly the text it had before, on
// every fixture page with an article.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/article/findArticle';
import { getCompiledGlossary } from '../../../lib/glossary';
import { matchGlossary } from '../../../lib/glossary/matcher';
import { paintHighlights } from '../../../lib/paint/paintHighlights';
import { paintOccurrences } from '../../../lib/paint/paintOccurrences';
import { acceptPaintedPieces } from '../../../lib/text/splitText';
import { buildTextModel } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';

describe('acceptPaintedPieces', () => {
  for (const page of fixturePages().filter((p) => p.layout !== 'none')) {
    it(`keeps the article's text unchanged by painting: ${page.file}`, () => {
      const doc = loadFixture(page);
      const article = findArticle(doc)!;
      const model = buildTextModel(article.roots, {
        skip: article.isLeftOut,
        acceptText: article.isArticleText,
      });
      const painted = () =>
        buildTextModel(article.roots, {
          skip: article.isLeftOut,
          acceptText: acceptPaintedPieces(article.roots, article.isArticleText),
        });
      paintOccurrences(doc, model, matchGlossary(getCompiledGlossary(), model.text));
      expect(painted().text).toBe(model.text);
      // Highlights over every tenth stretch of 40 characters, painted on top.
      const spans = [];
      for (let start = 5; start + 40 < model.text.length; start += 400) {
        spans.push({ id: `h${start}`, color: 'yellow' as const, start, end: start + 40 });
      }
      paintHighlights(doc, painted(), spans);
      paintHighlights(doc, painted(), [{ id: 'over', color: 'blue', start: 10, end: 300 }]);
      expect(painted().text).toBe(model.text);
    });
  }

  it('does not take in text the article never had, even next to a wrapper', () => {
    document.body.innerHTML = '<div id="a"><p>kept text</p></div><aside>left out</aside>';
    const kept = document.querySelector('p')!.firstChild as Text;
    const accept = acceptPaintedPieces([document.body], (node) => node === kept);
    const other = document.querySelector('aside')!.firstChild as Text;
    expect(accept(kept)).toBe(true);
    expect(accept(other)).toBe(false);
    const wrapper = document.createElement('fsj-gloss-term');
    document.querySelector('aside')!.prepend(wrapper);
    expect(accept(other)).toBe(false);
  });
});
