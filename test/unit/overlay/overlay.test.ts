// @vitest-environment happy-dom
// applyOverlay end to end on every fixture page: exactly the manifest's occurrences are painted
// under the page contract, the visible text never changes, and remove() restores the DOM exactly.
import { describe, expect, it } from 'vitest';
import { getCompiledGlossary } from '../../../lib/glossary/index';
import { applyOverlay } from '../../../lib/overlay/applyOverlay';
import { countTerms, offOverlay, STATE_ATTRIBUTE } from '../../../lib/overlay/overlay';
import { fixturePages, loadFixture } from '../fixtures';

const glossary = getCompiledGlossary();
const pages = fixturePages();
const cases = pages.map((p) => [p.file, p] as const);

/** The painted occurrences of a page: term per occurrence number, from the wrappers alone. */
function paintedTerms(doc: Document): Map<string, Set<string>> {
  const byNumber = new Map<string, Set<string>>();
  for (const el of Array.from(doc.querySelectorAll('[data-gloss-term]'))) {
    const n = el.getAttribute('data-gloss-occurrence')!;
    if (!byNumber.has(n)) byNumber.set(n, new Set());
    byNumber.get(n)!.add(el.getAttribute('data-gloss-term')!);
  }
  return byNumber;
}

function countsOf(byNumber: Map<string, Set<string>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const terms of byNumber.values()) {
    for (const id of terms) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('applyOverlay on the fixture pages', () => {
  it.each(cases)('%s: paints exactly the expected occurrences', (_f, page) => {
    const doc = loadFixture(page);
    applyOverlay(doc, glossary);
    const byNumber = paintedTerms(doc);
    for (const terms of byNumber.values()) expect(terms.size).toBe(1);
    expect(countsOf(byNumber)).toEqual(page.expected);
  });

  it.each(cases)('%s: sets data-gloss-state on <html>', (_f, page) => {
    const doc = loadFixture(page);
    const overlay = applyOverlay(doc, glossary);
    const state = page.layout === 'none' ? 'no-article' : 'ready';
    expect(overlay.state).toBe(state);
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe(state);
  });

  it.each(cases)('%s: numbers occurrences 1…n, each with one focusable part', (_f, page) => {
    const doc = loadFixture(page);
    const overlay = applyOverlay(doc, glossary);
    const total = Object.values(page.expected).reduce((a, b) => a + b, 0);
    expect(overlay.occurrences.map((o) => o.number)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1),
    );
    for (const o of overlay.occurrences) {
      expect(o.parts.length).toBeGreaterThan(0);
      expect(o.parts.filter((p) => p.getAttribute('tabindex') === '0')).toEqual([o.parts[0]]);
    }
  });

  it.each(cases)('%s: never changes the text of the page', (_f, page) => {
    const doc = loadFixture(page);
    const before = doc.body.textContent;
    applyOverlay(doc, glossary);
    expect(doc.body.textContent).toBe(before);
  });

  it.each(cases)('%s: remove() restores the body byte for byte', (_f, page) => {
    const doc = loadFixture(page);
    const before = doc.body.innerHTML;
    const overlay = applyOverlay(doc, glossary);
    overlay.remove();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('[data-gloss-term]')).toBeNull();
  });

  it.each(cases)('%s: reports each body with its count', (_f, page) => {
    const overlay = applyOverlay(loadFixture(page), glossary);
    const counts = Object.fromEntries(overlay.terms.map((t) => [t.id, t.count]));
    expect(counts).toEqual(page.expected);
  });
});

describe('applyOverlay on a page with no article', () => {
  const page = pages.find((p) => p.layout === 'none');

  it.skipIf(page === undefined)('paints nothing and says there is no article', () => {
    const doc = loadFixture(page!);
    const before = doc.body.innerHTML;
    const overlay = applyOverlay(doc, glossary);
    expect(overlay.occurrences).toEqual([]);
    expect(overlay.terms).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
  });

  it.skipIf(page === undefined)('annotates the whole page when the user asks for it', () => {
    const doc = loadFixture(page!);
    const before = doc.body.innerHTML;
    const overlay = applyOverlay(doc, glossary, 'page');
    expect(overlay.state).toBe('ready');
    expect(overlay.scope).toBe('page');
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('ready');
    expect(overlay.terms.map((t) => t.id)).toContain('afsa');
    overlay.remove();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('offOverlay and countTerms', () => {
  it('marks the page off and paints nothing', () => {
    const doc = new DOMParser().parseFromString('<p>IOM</p>', 'text/html');
    const overlay = offOverlay(doc);
    expect(overlay.state).toBe('off');
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('off');
    expect(doc.querySelector('[data-gloss-term]')).toBeNull();
  });

  it('counts each body in order of first mention, with its name and first acronym', () => {
    const terms = countTerms(glossary.entries, [
      { entryId: 'unhcr' },
      { entryId: 'iom' },
      { entryId: 'unhcr' },
    ]);
    expect(terms).toEqual([
      {
        id: 'unhcr',
        count: 2,
        name: 'Office of the United Nations High Commissioner for Refugees',
        acronym: 'UNHCR',
      },
      { id: 'iom', count: 1, name: 'International Organization for Migration', acronym: 'IOM' },
    ]);
  });

  it('names an unknown id by the id itself', () => {
    expect(countTerms(glossary.entries, [{ entryId: 'gone' }])).toEqual([
      { id: 'gone', count: 1, name: 'gone', acronym: null },
    ]);
  });
});
