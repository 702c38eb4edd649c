// @vitest-environment happy-dom
// Painting cuts each text node once, into all its pieces: the DOM it makes is the DOM the painters
// made when they cut pieces off a node one by one (paintedBefore.ts), node for node (empty text
// nodes and attribute order included), on every fixture page and on the awkward cases. (That the
// reader's selection goes with the pieces is Chromium's part of splitText, which happy-dom does not
// do: the e2e tests select before the page is painted, test/e2e/commands.test.ts.)
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/article/findArticle';
import { getCompiledGlossary } from '../../../lib/glossary';
import { matchGlossary, type Occurrence } from '../../../lib/glossary/matcher';
import { paintHighlights, type HighlightToPaint } from '../../../lib/paint/paintHighlights';
import { paintOccurrences } from '../../../lib/paint/paintOccurrences';
import { acceptPaintedPieces } from '../../../lib/text/splitText';
import { buildTextModel, type TextModel, type TextModelOptions } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';
import { paintHighlightsBefore, paintOccurrencesBefore } from './paintedBefore';

/** Every node of the tree, text nodes (empty ones too) with their data, elements with attributes. */
function shape(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType !== 1) return `#${node.nodeType}`;
  const element = node as Element;
  const attributes = Array.from(element.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`);
  const children = Array.from(element.childNodes, shape).join(',');
  return `<${element.tagName.toLowerCase()}${attributes.join('')}>[${children}]`;
}

interface Painter {
  occurrences(doc: Document, model: TextModel, found: readonly Occurrence[]): void;
  highlights(doc: Document, model: TextModel, spans: readonly HighlightToPaint[]): void;
}

const now: Painter = {
  occurrences: (doc, model, found) => void paintOccurrences(doc, model, found),
  highlights: (doc, model, spans) => void paintHighlights(doc, model, spans),
};
const before: Painter = {
  occurrences: paintOccurrencesBefore,
  highlights: paintHighlightsBefore,
};

/** Highlights over every 400th stretch of 40 characters, one long one, and nested ones. */
function spansOver(text: string): HighlightToPaint[] {
  const spans: HighlightToPaint[] = [];
  for (let start = 5; start + 40 < text.length; start += 400) {
    spans.push({ id: `h${start}`, color: 'yellow', start, end: start + 40 });
  }
  const end = Math.min(text.length, 900);
  spans.push({ id: 'long', color: 'blue', start: 10, end, fuzzy: true });
  spans.push({ id: 'inner', color: 'pink', start: 20, end: Math.min(end, 30) });
  spans.push({ id: 'same', color: 'green', start: 20, end: Math.min(end, 30) });
  return spans;
}

/** Glossary occurrences, then highlights on top, painted by `painter`; the painted body's shape. */
function paintPage(html: string, painter: Painter): { shape: string; text: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = findArticle(doc);
  const roots = article?.roots ?? [doc.body];
  const options: TextModelOptions = article
    ? { skip: article.isLeftOut, acceptText: article.isArticleText }
    : {};
  const model = buildTextModel(roots, options);
  painter.occurrences(doc, model, matchGlossary(getCompiledGlossary(), model.text));
  const painted = buildTextModel(
    roots,
    article
      ? { ...options, acceptText: acceptPaintedPieces(article.roots, article.isArticleText) }
      : {},
  );
  painter.highlights(doc, painted, spansOver(painted.text));
  return { shape: shape(doc.body), text: doc.body.textContent ?? '' };
}

describe('painting each text node in one pass', () => {
  for (const page of fixturePages()) {
    it(`makes the DOM the piece-by-piece painting made: ${page.file}`, () => {
      const html = loadFixture(page).documentElement.outerHTML;
      const fresh = paintPage(html, now);
      const old = paintPage(html, before);
      expect(fresh.shape).toBe(old.shape);
      expect(fresh.text).toBe(old.text);
    });
  }

  const cases: [string, string, [number, number][], [number, number][]][] = [
    [
      'names at both ends of a node',
      '<p>IOM and NATO</p>',
      [
        [0, 3],
        [8, 12],
      ],
      [[0, 12]],
    ],
    [
      'names side by side',
      '<p>IOMNATOUN talks</p>',
      [
        [0, 3],
        [3, 7],
        [7, 9],
      ],
      [
        [2, 5],
        [3, 4],
      ],
    ],
    [
      'a whole node',
      '<p><a>NATO</a></p>',
      [[0, 4]],
      [
        [0, 4],
        [1, 3],
        [1, 3],
      ],
    ],
    [
      'across elements and lines',
      '<p>the <b>International</b>\n  Organization <em>for Migration</em> and<br>more</p>',
      [[4, 45]],
      [
        [0, 20],
        [10, 50],
        [15, 16],
        [44, 52],
      ],
    ],
  ];

  it.each(cases)('the same DOM for %s', (_name, markup, names, marks) => {
    const run = (painter: Painter) => {
      document.body.innerHTML = markup;
      const model = buildTextModel([document.body]);
      painter.occurrences(
        document,
        model,
        names.map(([start, end]) => ({ entryId: 'x', start, end })),
      );
      const spans = marks.map(([start, end], i) => ({
        id: `h${i}`,
        color: 'yellow' as const,
        start,
        end,
      }));
      painter.highlights(document, buildTextModel([document.body]), spans);
      return shape(document.body);
    };
    expect(run(now)).toBe(run(before));
  });

  it('the same DOM for one long text node naming a body hundreds of times', () => {
    const markup = `<p>${Array.from({ length: 600 }, (_, i) => `${' x'.repeat(i % 7)} IOM`).join('')}</p>`;
    const run = (painter: Painter) => {
      document.body.innerHTML = markup;
      const model = buildTextModel([document.body]);
      const found: Occurrence[] = [];
      for (let at = model.text.indexOf('IOM'); at >= 0; at = model.text.indexOf('IOM', at + 1)) {
        found.push({ entryId: 'iom', start: at, end: at + 3 });
      }
      painter.occurrences(document, model, found);
      painter.highlights(document, buildTextModel([document.body]), spansOver(model.text));
      return shape(document.body);
    };
    const fresh = run(now);
    expect(fresh.match(/<fsj-gloss-term/g)).toHaveLength(600);
    expect(fresh).toBe(run(before));
  });
});
