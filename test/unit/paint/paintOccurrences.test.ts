// @vitest-environment happy-dom
// paintOccurrences: one wrapper per text node an occurrence crosses, the contract's attributes,
// tabindex on the first part only, unchanged text, and remove() restoring the DOM exactly.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../lib/glossary/matcher';
import { paintOccurrences, setTermsFocusable, TERM_TAG } from '../../../lib/paint/paintOccurrences';
import { buildTextModel } from '../../../lib/text/textModel';

/** Paints the given names (each as its first occurrence from `from` on) in `markup`. */
function paint(
  markup: string,
  terms: [id: string, quote: string, from?: number][],
  first?: number,
) {
  document.body.innerHTML = markup;
  const root = document.body;
  const model = buildTextModel([root]);
  const occurrences: Occurrence[] = terms.map(([entryId, quote, from]) => {
    const start = model.text.indexOf(quote, from ?? 0);
    if (start < 0) throw new Error(`"${quote}" not in "${model.text}"`);
    return { entryId, start, end: start + quote.length };
  });
  return { root, model, painting: paintOccurrences(document, model, occurrences, first) };
}
const wrappers = () => Array.from(document.querySelectorAll<HTMLElement>('[data-gloss-term]'));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('paintOccurrences', () => {
  it('wraps an occurrence inside one text node in one wrapper carrying the contract', () => {
    const { painting } = paint('<p>Staff of IOM met us.</p>', [['iom', 'IOM']]);
    const [w] = wrappers();
    expect(wrappers()).toHaveLength(1);
    expect(w!.tagName.toLowerCase()).toBe(TERM_TAG);
    expect(w!.textContent).toBe('IOM');
    expect(w!.getAttribute('data-gloss-term')).toBe('iom');
    expect(w!.getAttribute('data-gloss-occurrence')).toBe('1');
    expect(w!.getAttribute('tabindex')).toBe('0');
    expect(painting.occurrences[0]!.parts).toEqual([w]);
    expect(document.querySelector('p')!.textContent).toBe('Staff of IOM met us.');
  });

  it('uses one wrapper per text node crossed, all with the same occurrence number', () => {
    const { painting } = paint(
      '<p>the <b>International</b>\nOrganization for <i>Migration</i> said</p>',
      [['iom', 'International\nOrganization for Migration']],
    );
    const parts = painting.occurrences[0]!.parts;
    expect(parts.map((p) => p.textContent)).toEqual([
      'International',
      '\nOrganization for ',
      'Migration',
    ]);
    expect(wrappers()).toEqual(parts);
    expect(new Set(parts.map((p) => p.getAttribute('data-gloss-occurrence')))).toEqual(
      new Set(['1']),
    );
    expect(parts.map((p) => p.getAttribute('tabindex'))).toEqual(['0', null, null]);
    expect(parts[0]!.parentElement!.tagName).toBe('B');
  });

  it('splits an occurrence at a <br> or a block boundary without wrapping the boundary', () => {
    const { painting } = paint('<p>Global Forum on Migration and<br>Development</p>', [
      ['gfmd', 'Global Forum on Migration and\nDevelopment'],
    ]);
    expect(painting.occurrences[0]!.parts.map((p) => p.textContent)).toEqual([
      'Global Forum on Migration and',
      'Development',
    ]);
    expect(document.querySelector('br')!.parentElement!.tagName).toBe('P');
  });

  it('numbers occurrences in order from firstNumber, distinct across the page', () => {
    const { painting } = paint(
      '<p>UNHCR and IOM</p><p>IOM again</p>',
      [
        ['unhcr', 'UNHCR'],
        ['iom', 'IOM'],
        ['iom', 'IOM', 11],
      ],
      7,
    );
    expect(painting.occurrences.map((o) => o.number)).toEqual([7, 8, 9]);
    expect(wrappers().map((w) => w.getAttribute('data-gloss-occurrence'))).toEqual(['7', '8', '9']);
    expect(wrappers().filter((w) => w.hasAttribute('tabindex'))).toHaveLength(3);
  });

  it('wraps several occurrences in one text node, in place', () => {
    paint('<p>UNHCR, IOM and UNICEF.</p>', [
      ['unhcr', 'UNHCR'],
      ['iom', 'IOM'],
      ['unicef', 'UNICEF'],
    ]);
    expect(wrappers().map((w) => `${w.dataset.glossTerm}=${w.textContent}`)).toEqual([
      'unhcr=UNHCR',
      'iom=IOM',
      'unicef=UNICEF',
    ]);
    expect(document.querySelector('p')!.textContent).toBe('UNHCR, IOM and UNICEF.');
  });

  it('wraps an occurrence that is a whole text node', () => {
    paint('<p><a>NATO</a></p>', [['nato', 'NATO']]);
    expect(document.querySelector('a')!.innerHTML).toMatch(
      /^<fsj-gloss-term [^>]*>NATO<\/fsj-gloss-term>$/,
    );
  });

  it('does nothing for no occurrences', () => {
    const { painting } = paint('<p>no names here</p>', []);
    expect(painting.occurrences).toEqual([]);
    expect(document.body.innerHTML).toBe('<p>no names here</p>');
  });
});

describe('setTermsFocusable', () => {
  it('takes every name out of the tab order and puts each back on its first part', () => {
    const { painting } = paint('<p>The Global Forum on<br>Migration met IOM.</p>', [
      ['gfmd', 'Global Forum on\nMigration'],
      ['iom', 'IOM'],
    ]);
    setTermsFocusable(painting.occurrences, false);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
    setTermsFocusable(painting.occurrences, true);
    expect(wrappers().map((w) => w.getAttribute('tabindex'))).toEqual(['0', null, '0']);
  });
});

describe('Painting.remove', () => {
  const restoreCases: [string, string, [string, string][]][] = [
    ['one occurrence in one node', '<p>Staff of IOM met us.</p>', [['iom', 'IOM']]],
    [
      'several occurrences sharing one text node',
      '<p>UNHCR, IOM   and UNICEF met NATO.</p>',
      [
        ['unhcr', 'UNHCR'],
        ['iom', 'IOM'],
        ['unicef', 'UNICEF'],
        ['nato', 'NATO'],
      ],
    ],
    [
      'occurrences crossing element boundaries',
      '<div><p>the <a href="#">International</a>\n  Organization <em>for Migration</em> and the ' +
        'Global Forum on Migration and<br>Development</p><p>U.S. Agency for</p><p>International Development</p></div>',
      [
        ['iom', 'International\nOrganization for Migration'],
        ['gfmd', 'Global Forum on Migration and\nDevelopment'],
        ['usaid', 'U.S. Agency for\nInternational Development'],
      ],
    ],
  ];

  it.each(restoreCases)('restores the DOM exactly: %s', (_name, markup, terms) => {
    document.body.innerHTML = markup;
    const before = document.body.innerHTML;
    const originals = buildTextModel([document.body]).nodes;
    const { painting } = paint(markup, terms);
    const painted = document.body.innerHTML;
    expect(painted).not.toBe(before);
    const paintedText = document.body.textContent;
    painting.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.textContent).toBe(paintedText);
    // The page's own Text nodes are back, not copies of them.
    const after = buildTextModel([document.body]).nodes;
    expect(after.map((n) => n.data)).toEqual(originals.map((n) => n.data));
  });

  it('puts back the very Text node objects the page had', () => {
    document.body.innerHTML = '<p>UNHCR, IOM and <b>UNICEF</b>.</p>';
    const p = document.querySelector('p')!;
    const first = p.firstChild;
    const bold = p.querySelector('b')!.firstChild;
    const model = buildTextModel([document.body]);
    const painting = paintOccurrences(document, model, [
      { entryId: 'unhcr', start: 0, end: 5 },
      { entryId: 'iom', start: 7, end: 10 },
      { entryId: 'unicef', start: 15, end: 21 },
    ]);
    painting.remove();
    expect(p.firstChild).toBe(first);
    expect(p.querySelector('b')!.firstChild).toBe(bold);
    expect(p.childNodes).toHaveLength(3);
  });

  it('can be called twice, and the page can be painted again afterwards', () => {
    const { painting } = paint('<p>IOM and IOM</p>', [
      ['iom', 'IOM'],
      ['iom', 'IOM', 4],
    ]);
    painting.remove();
    painting.remove();
    expect(document.body.innerHTML).toBe('<p>IOM and IOM</p>');
    const again = paintOccurrences(document, buildTextModel([document.body]), [
      { entryId: 'iom', start: 8, end: 11 },
    ]);
    expect(wrappers().map((w) => w.textContent)).toEqual(['IOM']);
    again.remove();
    expect(document.body.innerHTML).toBe('<p>IOM and IOM</p>');
  });
});

describe("the wrappers' look", () => {
  /** A page of its own, so that no other test's painting shares its style element. */
  function page(markup: string) {
    const doc = document.implementation.createHTMLDocument('page');
    doc.body.innerHTML = markup;
    const model = buildTextModel([doc.body]);
    const at = (quote: string, from = 0) => {
      const start = model.text.indexOf(quote, from);
      return { entryId: quote.toLowerCase(), start, end: start + quote.length };
    };
    return { doc, model, at };
  }
  const styles = (doc: Document) => doc.querySelectorAll(`style`);

  it('is one rule in one style element, not an inline style per wrapper', () => {
    const { doc, model, at } = page('<p>IOM and NATO and IOM</p>');
    paintOccurrences(doc, model, [at('IOM'), at('NATO'), at('IOM', 4)]);
    expect(styles(doc)).toHaveLength(1);
    expect(styles(doc)[0]!.textContent).toMatch(/^fsj-gloss-term\[data-gloss-term\]\{/);
    for (const w of Array.from(doc.querySelectorAll(TERM_TAG))) {
      expect(w.hasAttribute('style')).toBe(false);
    }
  });

  it('is shared by paintings of one page and goes with the last of them', () => {
    const { doc, model, at } = page('<p>IOM and NATO</p><p>UNHCR</p>');
    const head = doc.head.innerHTML;
    const first = paintOccurrences(doc, model, [at('IOM')]);
    const second = paintOccurrences(doc, buildTextModel([doc.body]), [at('UNHCR')]);
    expect(styles(doc)).toHaveLength(1);
    first.remove();
    expect(styles(doc)).toHaveLength(1);
    second.remove();
    expect(styles(doc)).toHaveLength(0);
    expect(doc.head.innerHTML).toBe(head);
  });

  it('is not added when there is nothing to paint', () => {
    const { doc, model } = page('<p>no names here</p>');
    paintOccurrences(doc, model, []);
    expect(styles(doc)).toHaveLength(0);
  });
});
