// @vitest-environment happy-dom
// findArticle on the fixture pages: an article is found and located in the live page for every
// layout but "none", it is the page's prose and not its chrome, and the live DOM is left alone.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/article/findArticle';
import { wholePage } from '../../../lib/article/liveArticle';
import { buildTextModel } from '../../../lib/text/textModel';
import { fixturePages, loadFixture } from '../fixtures';

const pages = fixturePages();
const withArticle = pages.filter((p) => p.layout !== 'none');
const without = pages.filter((p) => p.layout === 'none');

/** A phrase of each fixture's article prose, and one of its chrome that must be left out. */
const PROSE: Record<string, { inside: string; outside?: string }> = {
  'seo-0313-page28.html': { inside: 'displacement tracking teams', outside: 'SEO version' },
  'seo-1208-page17.html': {
    inside: 'Fingerprint kits arrived in October',
    outside: 'Previous Page',
  },
  'basic-html-0313-page-28.html': { inside: 'Counting the People Who Move', outside: 'AFSA Home' },
  'article-migration-diplomacy.html': {
    inside: 'migration work is coalition work',
    outside: 'Retirees',
  },
};

function articleText(doc: Document): string | null {
  const article = findArticle(doc);
  if (article === null) return null;
  return buildTextModel(article.roots, {
    skip: article.isLeftOut,
    acceptText: article.isArticleText,
  }).text.replace(/\s+/g, ' ');
}

describe('findArticle on the fixture pages', () => {
  it('has fixture pages of both kinds to run on', () => {
    expect(withArticle.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
  });

  it.each(withArticle.map((p) => [p.file, p] as const))('finds the article of %s', (_f, page) => {
    const doc = loadFixture(page);
    const article = findArticle(doc);
    expect(article).not.toBeNull();
    expect(article!.roots.length).toBeGreaterThan(0);
    for (const root of article!.roots) expect(doc.contains(root)).toBe(true);
    const phrases = PROSE[page.file];
    if (phrases === undefined) return;
    const text = articleText(loadFixture(page))!;
    expect(text).toContain(phrases.inside);
    if (phrases.outside !== undefined) expect(text).not.toContain(phrases.outside);
  });

  it.each(without.map((p) => [p.file, p] as const))('finds no article in %s', (_f, page) => {
    expect(findArticle(loadFixture(page))).toBeNull();
  });

  it.each(pages.map((p) => [p.file, p] as const))(
    'leaves the live DOM of %s untouched',
    (_f, page) => {
      const doc = loadFixture(page);
      const before = doc.documentElement.outerHTML;
      findArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
  );

  it('reads the title of an ordinary article page', () => {
    const page = withArticle.find((p) => p.layout === 'article');
    if (page === undefined) return;
    expect(findArticle(loadFixture(page))!.title).toMatch(/Migration Diplomacy in Practice/);
  });

  it('leaves out the text of an element hidden inside the article', () => {
    const page = withArticle.find((p) => p.file === 'article-migration-diplomacy.html');
    if (page === undefined) return;
    expect(articleText(loadFixture(page))).not.toContain('UNICEF');
  });

  it('finds no article in a page with only a few words', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Short</title></head><body><p>Only a line about IOM.</p></body></html>',
      'text/html',
    );
    expect(findArticle(doc)).toBeNull();
  });
});

describe('wholePage', () => {
  it('takes the whole body as the article, leaving nothing out', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Any page</title></head><body><nav>AFSA</nav><p>text</p></body></html>',
      'text/html',
    );
    const page = wholePage(doc);
    expect(page.roots).toEqual([doc.body]);
    expect(page.title).toBe('Any page');
    expect(page.isLeftOut(doc.body.firstElementChild!)).toBe(false);
    expect(page.isArticleText(doc.body.firstElementChild!.firstChild as Text)).toBe(true);
  });
});
