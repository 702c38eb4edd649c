// @vitest-environment happy-dom
// spanOfRange / rangeOfSpan: a reader's selection becomes a span of the article's text model —
// across elements and line breaks, from element boundaries, clipped to the article and trimmed —
// and a span becomes a Range again.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../lib/text/textModel';
import { rangeOfSpan, spanOfRange } from '../../../lib/text/rangeSpan';

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('spanOfRange', () => {
  it('maps a selection inside one text node to the same characters of the model', () => {
    document.body.innerHTML = '<p>Staff   of the IOM</p>';
    const model = buildTextModel([document.body]);
    const [text] = textNodes(document.body);
    const range = document.createRange();
    range.setStart(text!, 5);
    range.setEnd(text!, 18);
    const span = spanOfRange(model, range)!;
    expect(model.text.slice(span.start, span.end)).toBe('of the IOM');
  });

  it('crosses <br> lines and elements, and round-trips through rangeOfSpan', () => {
    document.body.innerHTML =
      '<p>the Global Forum on Migration and<br>Development, <b>said</b> the chair</p>';
    const model = buildTextModel([document.body]);
    const nodes = textNodes(document.body);
    const range = document.createRange();
    range.setStart(nodes[0]!, 4);
    range.setEnd(nodes[2]!, 4);
    const span = spanOfRange(model, range)!;
    expect(model.text.slice(span.start, span.end)).toBe(
      'Global Forum on Migration and\nDevelopment, said',
    );
    const back = rangeOfSpan(document, model, span)!;
    expect(back.toString()).toBe('Global Forum on Migration andDevelopment, said');
    expect(spanOfRange(model, back)).toEqual(span);
  });

  it('accepts boundaries given as element offsets', () => {
    document.body.innerHTML = '<p><b>one</b> two <i>three</i></p>';
    const model = buildTextModel([document.body]);
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p, 1);
    range.setEnd(p, 3);
    const span = spanOfRange(model, range)!;
    expect(model.text.slice(span.start, span.end)).toBe('two three');
  });

  it('trims whitespace at both ends, and clips a selection that runs outside the article', () => {
    document.body.innerHTML =
      '<header>Site name</header><article><p>  Body text here  </p></article>';
    const article = document.querySelector('article')!;
    const model = buildTextModel([article]);
    const range = document.createRange();
    range.setStart(textNodes(document.querySelector('header')!)[0]!, 2);
    range.setEnd(textNodes(article)[0]!, 11);
    const span = spanOfRange(model, range)!;
    expect(model.text.slice(span.start, span.end)).toBe('Body text');
  });

  it('gives null for a collapsed selection, whitespace only, or one outside the article', () => {
    document.body.innerHTML = '<nav>Menu</nav><article><p>a  b</p></article>';
    const article = document.querySelector('article')!;
    const model = buildTextModel([article]);
    const [text] = textNodes(article);
    const range = document.createRange();
    range.setStart(text!, 1);
    range.setEnd(text!, 1);
    expect(spanOfRange(model, range)).toBeNull();
    range.setEnd(text!, 3);
    expect(spanOfRange(model, range)).toBeNull();
    range.selectNodeContents(document.querySelector('nav')!);
    expect(spanOfRange(model, range)).toBeNull();
  });
});
