// @vitest-environment happy-dom
// Reading a page elsewhere: the page's numbered copy goes out as HTML, the reading made from it
// (readPageHtml, as the offscreen document runs it) comes back as plain data, and readArticle finds
// it in the live page. It gives what reading in the page gives; it reads again when the page
// changed on the way; it refuses a reading whose text is not the page's own.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/article/findArticle';
import { articleTextModel } from '../../../lib/article/liveArticle';
import { numberedCopyHtml, readArticle } from '../../../lib/article/readArticle';
import { readPageHtml } from '../../../lib/article/readPage';
import { getCompiledGlossary } from '../../../lib/glossary/index';
import { matchGlossary } from '../../../lib/glossary/matcher';
import type { PageRead } from '../../../lib/article/readArticle';
import type { PageCopy, PageReading } from '../../../lib/messaging/article';
import { fixturePages, loadFixture } from '../fixtures';

const glossary = getCompiledGlossary();
const pages = fixturePages();
const withArticle = pages.filter((p) => p.layout !== 'none');

/** The other document's half, with the reply passed through JSON as a message would be. */
async function readElsewhere(copy: PageCopy): Promise<PageRead> {
  const reading = readPageHtml(copy, new DOMParser(), glossary);
  return JSON.parse(JSON.stringify(reading)) as PageRead;
}

describe('readArticle with readPageHtml', () => {
  it.each(withArticle.map((p) => [p.file, p] as const))(
    'finds in %s the article and occurrences that reading in the page finds',
    async (_f, page) => {
      const doc = loadFixture(page);
      const found = (await readArticle(doc, 'article', readElsewhere))!;
      expect(found).not.toBeNull();
      const local = findArticle(loadFixture(page))!;
      const localText = articleTextModel(local).text;
      expect(found.model.text).toBe(localText);
      expect(found.occurrences).toEqual(matchGlossary(glossary, localText));
      expect(found.occurrences.length).toBeGreaterThan(0);
      for (const o of found.occurrences) {
        expect(found.labels.map((l) => l.id)).toContain(o.entryId);
      }
    },
  );

  it('says there is no article where the page has none', async () => {
    const none = pages.find((p) => p.layout === 'none')!;
    expect(await readArticle(loadFixture(none), 'article', readElsewhere)).toBeNull();
  });

  it('reads the whole page when asked, even where there is no article', async () => {
    const none = pages.find((p) => p.layout === 'none')!;
    const doc = loadFixture(none);
    const found = (await readArticle(doc, 'page', readElsewhere))!;
    expect(found.article.roots).toEqual([doc.body]);
    expect(found.model.text).toBe(articleTextModel(found.article).text);
  });

  it('leaves the page untouched while copying it', () => {
    const doc = loadFixture(withArticle[0]!);
    const before = doc.documentElement.outerHTML;
    const copy = numberedCopyHtml(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy).toContain('data-gloss-index="0"');
  });

  it('sends the page unnumbered first, with its element count for the reader to number', async () => {
    const doc = loadFixture(withArticle[0]!);
    const copies: PageCopy[] = [];
    const found = await readArticle(doc, 'article', async (copy) => {
      copies.push(copy);
      return readElsewhere(copy);
    });
    expect(found).not.toBeNull();
    expect(copies).toHaveLength(1);
    expect(copies[0]!.elementCount).toBe(doc.getElementsByTagName('*').length);
    expect(copies[0]!.html).not.toContain('data-gloss-index');
  });

  it("sends a numbered copy when the reader's parse has other elements than the page", async () => {
    const doc = loadFixture(withArticle[0]!);
    // An element the page has but its HTML cannot carry, as a script-made table cell outside a
    // row: the reader's parse has one element fewer.
    const stray = doc.createElement('td');
    doc.body.append(stray);
    const copies: PageCopy[] = [];
    const found = await readArticle(doc, 'article', async (copy) => {
      copies.push(copy);
      return readElsewhere(copy);
    });
    expect(copies.map((c) => c.elementCount === null)).toEqual([false, true]);
    expect(copies[1]!.html).toContain('data-gloss-index');
    const local = findArticle(doc)!;
    expect(found!.model.text).toBe(articleTextModel(local).text);
  });

  it('reads again when the page changed while it was read', async () => {
    const doc = loadFixture(withArticle[0]!);
    let calls = 0;
    const found = await readArticle(doc, 'article', async (copy) => {
      calls++;
      // The page's own script adds an element while the first copy is away.
      if (calls === 1) doc.body.prepend(doc.createElement('div'));
      return readElsewhere(copy);
    });
    expect(calls).toBe(2);
    expect(found).not.toBeNull();
  });

  it('refuses a reading whose text is not the page text, after trying again', async () => {
    const doc = loadFixture(withArticle[0]!);
    let calls = 0;
    const found = await readArticle(doc, 'article', async (copy) => {
      calls++;
      const reading = (await readElsewhere(copy)) as PageReading;
      return { ...reading, text: `${reading.text} (changed)` };
    });
    expect(found).toBeNull();
    expect(calls).toBe(3);
  });
});
