// @vitest-environment happy-dom
// paintHighlights: one wrapper per text node a highlight crosses, carrying data-gloss-highlight;
// overlapping highlights nest; highlights nest inside glossary wrappers; the text never changes;
// remove() restores the DOM exactly, also when paintings are stacked.
import { beforeEach, describe, expect, it } from 'vitest';
import { paintOccurrences } from '../../../lib/paint/paintOccurrences';
import {
  HIGHLIGHT_TAG,
  paintHighlights,
  type HighlightToPaint,
} from '../../../lib/paint/paintHighlights';
import { buildTextModel } from '../../../lib/text/textModel';

function setUp(markup: string) {
  document.body.innerHTML = markup;
  return buildTextModel([document.body]);
}

/** A highlight over the first occurrence of `quote` (from `from` on) in the body's text. */
function over(id: string, quote: string, from = 0): HighlightToPaint {
  const text = buildTextModel([document.body]).text;
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" not in "${text}"`);
  return { id, color: 'yellow', start, end: start + quote.length };
}

const parts = (id: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(`[data-gloss-highlight="${id}"]`));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('paintHighlights', () => {
  it('wraps a passage inside one text node, with the contract attribute and a tab stop', () => {
    const model = setUp('<p>Migration talks began in earnest.</p>');
    const painting = paintHighlights(document, model, [over('h1', 'talks began')]);
    const [w] = parts('h1');
    expect(parts('h1')).toHaveLength(1);
    expect(w!.tagName.toLowerCase()).toBe(HIGHLIGHT_TAG);
    expect(w!.textContent).toBe('talks began');
    expect(w!.getAttribute('data-gloss-color')).toBe('yellow');
    expect(w!.getAttribute('tabindex')).toBe('0');
    expect(painting.highlights[0]!.parts).toEqual([w]);
    expect(document.body.textContent).toBe('Migration talks began in earnest.');
  });

  it('crosses <br> lines and textItem runs with one wrapper per text node', () => {
    const model = setUp(
      '<p class="textItem">the Global Forum on</p><p class="textItem">Migration and<br>Development met</p>',
    );
    const painting = paintHighlights(document, model, [
      over('h1', 'Forum on\nMigration and\nDevelopment'),
    ]);
    expect(painting.highlights[0]!.parts.map((p) => p.textContent)).toEqual([
      'Forum on',
      'Migration and',
      'Development',
    ]);
    expect(parts('h1').map((p) => p.getAttribute('tabindex'))).toEqual(['0', null, null]);
  });

  it('nests overlapping highlights: the earlier one outside, the shared text in both', () => {
    const model = setUp('<p>one two three four five</p>');
    const a = over('a', 'one two three');
    const b = over('b', 'three four');
    paintHighlights(document, model, [b, a]);
    expect(document.querySelector('p')!.innerHTML.replace(/ style="[^"]*"/g, '')).toBe(
      '<fsj-gloss-highlight data-gloss-highlight="a" data-gloss-color="yellow" tabindex="0">one two </fsj-gloss-highlight>' +
        '<fsj-gloss-highlight data-gloss-highlight="a" data-gloss-color="yellow">' +
        '<fsj-gloss-highlight data-gloss-highlight="b" data-gloss-color="yellow" tabindex="0">three</fsj-gloss-highlight>' +
        '</fsj-gloss-highlight>' +
        '<fsj-gloss-highlight data-gloss-highlight="b" data-gloss-color="yellow"> four</fsj-gloss-highlight> five',
    );
    expect(
      parts('a')
        .map((p) => p.textContent)
        .join(''),
    ).toBe('one two three');
    expect(
      parts('b')
        .map((p) => p.textContent)
        .join(''),
    ).toBe('three four');
  });

  it('nests inside glossary occurrences and around them, leaving their wrappers whole', () => {
    const model = setUp('<p>Staff of the IOM said so.</p>');
    const start = model.text.indexOf('IOM');
    const occurrences = paintOccurrences(document, model, [
      { entryId: 'iom', start, end: start + 3 },
    ]);
    const after = buildTextModel([document.body]);
    paintHighlights(document, after, [over('h1', 'the IOM said')]);
    const term = document.querySelector('[data-gloss-term="iom"]')!;
    expect(term.textContent).toBe('IOM');
    expect(term.querySelector('[data-gloss-highlight="h1"]')!.textContent).toBe('IOM');
    expect(parts('h1').map((p) => p.textContent)).toEqual(['the ', 'IOM', ' said']);
    expect(occurrences.occurrences[0]!.parts).toEqual([term]);
  });

  it('marks a fuzzy placement so the reader can see the text changed', () => {
    const model = setUp('<p>alpha beta gamma</p>');
    paintHighlights(document, model, [{ ...over('h1', 'beta'), fuzzy: true, color: 'blue' }]);
    expect(parts('h1')[0]!.getAttribute('data-gloss-anchor')).toBe('fuzzy');
    expect(parts('h1')[0]!.getAttribute('data-gloss-color')).toBe('blue');
  });

  it('restores the DOM exactly, for stacked paintings removed last-first', () => {
    const markup =
      '<h1>Title</h1><p>Staff of the <b>IOM</b> said the\nGlobal Forum met.</p><p>Next para</p>';
    const model = setUp(markup);
    const before = document.body.innerHTML;
    const start = model.text.indexOf('IOM');
    const glossary = paintOccurrences(document, model, [{ entryId: 'iom', start, end: start + 3 }]);
    const first = paintHighlights(document, buildTextModel([document.body]), [
      over('a', 'of the IOM said'),
      over('b', 'said the\nGlobal Forum met.\nNext'),
    ]);
    const second = paintHighlights(document, buildTextModel([document.body]), [
      over('c', 'IOM said the'),
    ]);
    expect(document.body.textContent).toBe(
      new DOMParser().parseFromString(markup, 'text/html').body.textContent,
    );
    second.remove();
    first.remove();
    glossary.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('ignores spans outside the text and paints nothing for an empty list', () => {
    const model = setUp('<p>short</p>');
    const before = document.body.innerHTML;
    const painting = paintHighlights(document, model, [
      { id: 'x', color: 'yellow', start: 40, end: 50 },
    ]);
    expect(painting.highlights[0]!.parts).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });
});
