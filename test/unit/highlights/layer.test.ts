// @vitest-environment happy-dom
// createHighlightLayer: saved highlights are placed in the article's text and painted; those that
// cannot be placed are kept as orphans; a new highlight is painted on top of the others; deleting,
// recolouring and re-attaching repaint without losing any; clear() leaves the DOM as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorAll } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { HighlightRecord } from '../../../lib/db/types';
import { createHighlightLayer } from '../../../lib/highlights/layer';
import { buildTextModel } from '../../../lib/text/textModel';

const PAGE =
  '<p>Regional dialogue gives migration policy a place to start.<br>' +
  'For more than a decade the Regional Consultative Processes have met.</p>' +
  '<p>They bring neighboring governments together on borders, labor and return.</p>';

const model = () => buildTextModel([document.body]);
/** A layer whose `place` loads records anchored in the page's text as it is now, as the background does. */
const layerOf = () => {
  const made = createHighlightLayer({ doc: document, textModel: model });
  const place = (records: HighlightRecord[]) =>
    made.load(
      records,
      anchorAll(
        model().text,
        records.map((r) => r.selectors),
      ),
    );
  return { ...made, place };
};

let clock = 1;
function record(quote: string, color: HighlightRecord['color'] = 'yellow'): HighlightRecord {
  const text = model().text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in the page`);
  const selectors = describeSpan(text, { start, end: start + quote.length });
  const now = clock++;
  return {
    id: `h${now}`,
    pageUrl: 'https://www.afsa.org/x',
    selectors,
    quote,
    color,
    note: '',
    tags: [],
    entryIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

const painted = () => {
  const out: Record<string, string> = {};
  for (const el of document.querySelectorAll('[data-gloss-highlight]')) {
    const id = el.getAttribute('data-gloss-highlight')!;
    if (el.parentElement?.closest(`[data-gloss-highlight="${id}"]`)) continue;
    out[id] = (out[id] ?? '') + el.textContent;
  }
  return out;
};

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('createHighlightLayer', () => {
  it('places and paints saved highlights, in page order', () => {
    const later = record('neighboring governments');
    const earlier = record('migration policy');
    const layer = layerOf();
    layer.place([later, earlier]);
    expect(layer.placed().map((p) => p.record.id)).toEqual([earlier.id, later.id]);
    expect(painted()).toEqual({
      [earlier.id]: 'migration policy',
      [later.id]: 'neighboring governments',
    });
    expect(layer.orphans()).toEqual([]);
  });

  it('keeps a highlight whose passage is gone as an orphan, painting nothing for it', () => {
    const gone = record('Regional Consultative Processes have met');
    const kept = record('borders, labor and return');
    document.body.innerHTML = PAGE.replace(
      'the Regional Consultative Processes have met',
      'several informal forums took shape',
    );
    const layer = layerOf();
    layer.place([gone, kept]);
    expect(layer.orphans()).toEqual([gone]);
    expect(painted()).toEqual({ [kept.id]: 'borders, labor and return' });
  });

  it('paints a new highlight over an old one, nested, and repaints all after a delete', () => {
    const old = record('dialogue gives migration policy');
    const layer = layerOf();
    layer.place([old]);
    const text = model().text;
    const start = text.indexOf('migration policy a place');
    const added = record('migration policy a place');
    layer.add(added, { start, end: start + 'migration policy a place'.length });
    expect(painted()).toEqual({
      [old.id]: 'dialogue gives migration policy',
      [added.id]: 'migration policy a place',
    });
    layer.remove(old.id);
    expect(painted()).toEqual({ [added.id]: 'migration policy a place' });
    expect(document.body.textContent).toBe(
      new DOMParser().parseFromString(PAGE, 'text/html').body.textContent,
    );
  });

  it('recolours in place, and re-attaches an orphan to a new span', () => {
    const a = record('neighboring governments');
    const orphan = {
      ...record('place to start'),
      selectors: describeSpan('x'.repeat(80), { start: 10, end: 20 }),
      quote: 'nothing like this text at all',
    };
    const layer = layerOf();
    layer.place([a, orphan]);
    expect(layer.orphans().map((o) => o.id)).toEqual([orphan.id]);
    layer.update({ ...a, color: 'blue' });
    expect(
      document.querySelector(`[data-gloss-highlight="${a.id}"]`)!.getAttribute('data-gloss-color'),
    ).toBe('blue');
    const start = model().text.indexOf('place to start');
    layer.update(orphan, { start, end: start + 'place to start'.length });
    expect(layer.orphans()).toEqual([]);
    expect(painted()[orphan.id]).toBe('place to start');
  });

  it('leaves the DOM exactly as it was after clear()', () => {
    const before = document.body.innerHTML;
    const layer = layerOf();
    layer.place([record('Regional dialogue'), record('dialogue gives'), record('labor')]);
    expect(Object.keys(painted())).toHaveLength(3);
    layer.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('keeps every record as an orphan when the page has no article', () => {
    const a = record('labor');
    const noArticle = createHighlightLayer({ doc: document, textModel: () => null });
    noArticle.load([a], anchorAll(model().text, [a.selectors]));
    expect(noArticle.orphans()).toEqual([a]);
    expect(painted()).toEqual({});
  });
});
