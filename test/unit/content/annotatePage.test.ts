// @vitest-environment happy-dom
// Marking one page, with the page read as the content script has it read (readPageHtml, as the
// extension's reading document runs it, its reply passed through JSON): what is found is painted,
// except the names of the site's own publication on its own pages; with cards off the names are
// not tab stops. A page that cannot be read, or cannot be painted, is left exactly as it was, with
// a 'no-article' or 'off' overlay and a warning, and annotatePage never throws.
import { describe, expect, it } from 'vitest';
import { annotatePage, type AnnotateOptions } from '../../../lib/content/annotatePage';
import type { PageRead } from '../../../lib/article/readArticle';
import { readPageHtml } from '../../../lib/article/readPage';
import { getCompiledGlossary } from '../../../lib/glossary/index';
import type { PageCopy, PageReading } from '../../../lib/messaging/article';
import { STATE_ATTRIBUTE } from '../../../lib/overlay/overlay';

const glossary = getCompiledGlossary();

const PAGE = `<!DOCTYPE html><html><head><title>Page 9</title></head><body>
<p>In this issue of the FSJ, a retired officer recalls her years with the IOM in Geneva.</p>
<p>The IOM, she writes, was where the work was.</p>
</body></html>`;

const page = () => new DOMParser().parseFromString(PAGE, 'text/html');

/** The reading document's half, its reply passed through JSON as a message would be. */
async function readElsewhere(copy: PageCopy): Promise<PageRead> {
  return JSON.parse(JSON.stringify(readPageHtml(copy, new DOMParser(), glossary))) as PageRead;
}

function annotate(doc: Document, options: Partial<AnnotateOptions> = {}) {
  const warned: string[] = [];
  const made = annotatePage({
    doc,
    scope: 'page',
    host: 'example.org',
    density: 'every',
    cardsEnabled: true,
    read: readElsewhere,
    warn: (message) => void warned.push(message),
    ...options,
  });
  return { made, warned };
}

const paintedIds = (doc: Document) =>
  [...doc.querySelectorAll('[data-gloss-term]')].map((el) => el.getAttribute('data-gloss-term'));

describe('marking a page', () => {
  it('paints the names found, counts them, and says the overlay is ready', async () => {
    const doc = page();
    const text = doc.body.textContent;
    const { made, warned } = annotate(doc);
    const overlay = await made;
    expect(overlay.state).toBe('ready');
    expect(paintedIds(doc)).toEqual(['fsj', 'iom', 'iom']);
    expect(overlay.terms.map((t) => [t.id, t.count])).toEqual([
      ['fsj', 1],
      ['iom', 2],
    ]);
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('ready');
    expect(doc.body.textContent).toBe(text);
    expect(warned).toEqual([]);
  });

  it("drops the Journal's names on its own site, keeping every other body", async () => {
    const doc = page();
    const overlay = await annotate(doc, { host: 'www.afsa.org' }).made;
    expect(paintedIds(doc)).toEqual(['iom', 'iom']);
    expect(overlay.terms.map((t) => t.id)).toEqual(['iom']);
  });

  it('makes each name a tab stop while cards open, and none when the reader turned cards off', async () => {
    const on = await annotate(page()).made;
    expect(on.occurrences.map((o) => o.parts[0]!.getAttribute('tabindex'))).toEqual([
      '0',
      '0',
      '0',
    ]);
    const off = await annotate(page(), { cardsEnabled: false }).made;
    expect(off.occurrences).toHaveLength(3);
    expect(off.occurrences.every((o) => !o.parts[0]!.hasAttribute('tabindex'))).toBe(true);
  });
});

describe('a page that cannot be marked', () => {
  it('is left as it was, with no article, when its reading fails, and says so on the console', async () => {
    const doc = page();
    const before = doc.body.innerHTML;
    const { made, warned } = annotate(doc, {
      read: () => Promise.reject(new Error('the reading document did not answer')),
    });
    const overlay = await made;
    expect(overlay.state).toBe('no-article');
    expect(overlay.occurrences).toEqual([]);
    expect(overlay.textModel()).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('no-article');
    expect(warned).toEqual(['[FSJ Gloss] the page could not be read']);
  });

  it('is left as it was, switched off, when painting what was read fails', async () => {
    const doc = page();
    const before = doc.body.innerHTML;
    // A reading document that answered nonsense where the occurrences should be.
    const { made, warned } = annotate(doc, {
      read: async (copy) => ({
        ...((await readElsewhere(copy)) as PageReading),
        occurrences: null as unknown as PageReading['occurrences'],
      }),
    });
    const overlay = await made;
    expect(overlay.state).toBe('off');
    expect(overlay.occurrences).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('off');
    expect(warned).toEqual(['[FSJ Gloss] overlay failed']);
  });

  it('keeps the text of the page, switched off, when painting fails part way through', async () => {
    const doc = page();
    const text = doc.body.textContent;
    const createElement = doc.createElement.bind(doc);
    let wrappers = 0;
    doc.createElement = ((name: string) => {
      if (name === 'fsj-gloss-term' && ++wrappers === 2) throw new Error('no more wrappers');
      return createElement(name);
    }) as Document['createElement'];
    const { made, warned } = annotate(doc);
    const overlay = await made;
    expect(overlay.state).toBe('off');
    expect(overlay.occurrences).toEqual([]);
    expect(doc.body.textContent).toBe(text);
    expect(doc.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('off');
    expect(warned).toEqual(['[FSJ Gloss] overlay failed']);
  });
});
