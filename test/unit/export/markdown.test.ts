// The Markdown export of one article and of everything, compared exactly with golden files written
// by hand from the design ("Markdown export"): front matter, the title, per highlight in page order
// a blockquote of the quote, a link to the passage, the note, colour, tags and organizations, then
// the notes on organizations. Then what the goldens do not show: which notes on organizations an
// article keeps, the front matter of other kinds of pages, and documents built from nasty strings,
// read back line by line.
import { describe, expect, it } from 'vitest';
import { toMarkdown, toMarkdownCollection } from '../../../lib/export/markdown';
import type { ArticleExport, MarkdownOptions } from '../../../lib/export/types';
import type { PageRecord } from '../../../lib/db/types';
import {
  DEMO_ARTICLE,
  DEMO_HIGHLIGHTS,
  DEMO_PAGE,
  golden,
  NOW,
  OPTIONS,
  OTHER_ARTICLE,
  select,
  TERM_NOTES,
} from './exportFixtures';
import { fullyEscaped, NASTY_STRINGS, startsBlock } from './markdownCheck';

const EMPTY: ArticleExport = {
  page: {
    url: 'https://example.com/empty',
    title: 'Nothing here',
    issue: null,
    pageNumber: null,
    updatedAt: NOW,
  },
  highlights: [],
};

/** The lines of a document's front matter, without the --- lines. */
function frontMatterLines(doc: string): string[] {
  const lines = doc.split('\n');
  return lines.slice(1, lines.indexOf('---', 1));
}

describe('toMarkdown (one article)', () => {
  it('writes the demo article, its text known, as in demo-article.md', () => {
    expect(toMarkdown(DEMO_ARTICLE, OPTIONS)).toBe(golden('demo-article.md'));
  });

  it('lists highlights in page order, whatever order they come in', () => {
    const reversed = { ...DEMO_ARTICLE, highlights: [...DEMO_HIGHLIGHTS].reverse() };
    expect(toMarkdown(reversed, OPTIONS)).toBe(golden('demo-article.md'));
  });

  it('keeps the notes on organizations its highlights name or that were written on its page', () => {
    const doc = toMarkdown({ ...DEMO_ARTICLE, entryIds: undefined }, OPTIONS);
    expect(doc).toContain('### International Organization for Migration (IOM)');
    expect(doc).not.toContain('Global Forum on Migration and Development (GFMD)\n\nState-led');
    expect(doc).not.toContain('UNHCR');
    const other = toMarkdown(OTHER_ARTICLE, OPTIONS);
    expect(other).toContain('### Global Forum on Migration and Development (GFMD)');
    expect(other).toContain('### Office of the United Nations High Commissioner for Refugees');
  });

  it('writes no notes section when no note applies', () => {
    expect(toMarkdown(DEMO_ARTICLE, { ...OPTIONS, termNotes: [] })).not.toContain(
      '## Notes on organizations',
    );
  });

  it('names the publication for monthly FSJ issues only, and the issue and page when known', () => {
    const fields = (page: Partial<PageRecord>) =>
      frontMatterLines(toMarkdown({ ...EMPTY, page: { ...EMPTY.page, ...page } }, OPTIONS));
    expect(fields({})).toEqual([
      'title: "Nothing here"',
      'source: "https://example.com/empty"',
      'exported: "2026-01-15T09:30:00.000Z"',
      'tags: []',
    ]);
    expect(fields({ issue: { code: 'ar2013', year: 2013, month: null, endMonth: null } })).toEqual([
      'title: "Nothing here"',
      'source: "https://example.com/empty"',
      'issue: "AFSA Annual Report 2013"',
      'exported: "2026-01-15T09:30:00.000Z"',
      'tags: []',
    ]);
    expect(fields({ issue: { code: '070813', year: 2013, month: 7, endMonth: 8 } })).toContain(
      'issue: "FSJ July–August 2013"',
    );
  });

  it('says when an article has no highlights', () => {
    expect(toMarkdown(EMPTY, OPTIONS)).toContain('\n\nNo highlights.\n');
  });

  it('names a page with no title by its address', () => {
    const doc = toMarkdown({ ...EMPTY, page: { ...EMPTY.page, title: '  ' } }, OPTIONS);
    expect(doc).toContain('\n# https://example.com/empty\n');
  });

  it('uses the default colour names, the built-in glossary and the clock when none are given', () => {
    const doc = toMarkdown(DEMO_ARTICLE);
    expect(doc).toContain('- Colour: Pink');
    expect(doc).toContain('- Organizations: International Organization for Migration (IOM)');
    expect(doc).toMatch(/exported: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/);
  });

  it('names the reader’s own glossary entries through lookupEntry', () => {
    const doc = toMarkdown(OTHER_ARTICLE, {
      ...OPTIONS,
      lookupEntry: (id) => (id === 'unknown-entry' ? { name: 'My body', acronyms: [] } : undefined),
    });
    expect(doc).toContain('- Organizations: My body\n');
  });
});

describe('toMarkdownCollection (everything)', () => {
  it('writes every article with highlights and every note on an organization, as in collection.md', () => {
    const demoWithoutText: ArticleExport = { page: DEMO_PAGE, highlights: DEMO_HIGHLIGHTS };
    expect(toMarkdownCollection([OTHER_ARTICLE, EMPTY, demoWithoutText], OPTIONS)).toBe(
      golden('collection.md'),
    );
  });

  it('says when there is nothing to export', () => {
    expect(toMarkdownCollection([], { now: () => NOW })).toBe(
      [
        '---',
        'title: "FSJ Gloss: highlights and notes"',
        'exported: "2026-01-15T09:30:00.000Z"',
        'tags: []',
        '---',
        '',
        '# FSJ Gloss: highlights and notes',
        '',
        'No highlights.',
        '',
      ].join('\n'),
    );
  });
});

/** One article whose every piece of user text is `nasty`. */
function nastyExport(nasty: string): [ArticleExport, MarkdownOptions] {
  const text = `Before the quote.\n${nasty} words\nAfter the quote.`;
  const selectors = select(text, `${nasty} words`);
  const page: PageRecord = { ...EMPTY.page, title: nasty };
  const highlight = {
    ...DEMO_HIGHLIGHTS[0]!,
    pageUrl: page.url,
    selectors,
    quote: selectors.quote.exact,
    note: nasty,
    tags: [nasty, 'plain'],
    entryIds: ['x'],
  };
  const options: MarkdownOptions = {
    now: () => NOW,
    colorNames: { ...OPTIONS.colorNames!, [highlight.color]: nasty },
    lookupEntry: () => ({ name: nasty, acronyms: [nasty] }),
    termNotes: [{ ...TERM_NOTES[0]!, entryId: 'x', note: nasty }],
  };
  return [{ page, highlights: [highlight], text }, options];
}

describe('a document made of nasty strings', () => {
  it.each(NASTY_STRINGS.map((s) => [s]))('%j keeps the document’s structure', (nasty) => {
    const [article, options] = nastyExport(nasty);
    const lines = toMarkdown(article, options).split('\n');
    // Front matter: the first line and one more, and no other line is ---.
    expect(lines[0]).toBe('---');
    const end = lines.indexOf('---', 1);
    expect(lines.filter((l) => l === '---')).toHaveLength(2);
    expect(frontMatterLines(lines.join('\n')).every((l) => /^(?:[a-z]+:| {2}- ")/.test(l))).toBe(
      true,
    );
    // Body: only the exporter's own headings, list items and quote lines start blocks.
    const body = lines.slice(end + 1);
    const headings = body.filter((l) => /^#{1,6} /.test(l));
    expect(headings[0]?.startsWith('# ')).toBe(true);
    expect(headings.slice(1).map((h) => h.split(' ')[0])).toEqual(
      headings.length === 1 ? [] : ['##', '###'],
    );
    expect(headings.every((h) => fullyEscaped(h.replace(/^#+ /, '')))).toBe(true);
    const items = body.filter((l) => /^ {0,3}[-+*] /.test(l));
    expect(items.every((l) => /^- (?:Colour|Tags|Organizations): /.test(l))).toBe(true);
    const quoteLines = body.filter((l) => l.startsWith('>'));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const line of body) {
      if (line === '' || /^#{1,6} /.test(line) || line.startsWith('>')) continue;
      if (/^- (?:Colour|Tags|Organizations): /.test(line)) continue;
      if (/^(?:Source: )?\[[^\]]*\]\([^()\s]*\)$/.test(line)) continue;
      expect(startsBlock(line), line).toBe(false);
      expect(fullyEscaped(line), line).toBe(true);
    }
  });
});
