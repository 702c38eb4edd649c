// One Markdown file per article: each file is that article's export, named after its FSJ issue and
// page (fsj-2013-03-p28.md) or, for other pages, after its title or site; names are unique and safe
// on every file system; the notes on organizations get a file of their own.
import { describe, expect, it } from 'vitest';
import { articleFileStem, slugify, toMarkdownFiles } from '../../../lib/export/files';
import { toMarkdown } from '../../../lib/export/markdown';
import type { ArticleExport } from '../../../lib/export/types';
import type { PageRecord } from '../../../lib/db/types';
import { DEMO_ARTICLE, DEMO_PAGE, golden, NOW, OPTIONS, OTHER_ARTICLE } from './exportFixtures';

function page(fields: Partial<PageRecord>): PageRecord {
  return {
    url: 'https://example.org/',
    title: '',
    issue: null,
    pageNumber: null,
    updatedAt: NOW,
    ...fields,
  };
}

const BASIC_HTML: ArticleExport = {
  ...DEMO_ARTICLE,
  page: { ...DEMO_PAGE, url: DEMO_PAGE.url.replace('seo/page28.html', 'basic-html/page-28.html') },
  text: undefined,
};

const EMPTY: ArticleExport = { page: page({ title: 'No highlights here' }), highlights: [] };

describe('toMarkdownFiles', () => {
  const files = toMarkdownFiles([OTHER_ARTICLE, BASIC_HTML, EMPTY, DEMO_ARTICLE], OPTIONS);

  it('names files after the issue and page or the title, unique, and skips pages with no highlights', () => {
    expect(files.map((f) => f.name)).toEqual([
      'fsj-2013-03-p28.md',
      'fsj-2013-03-p28-2.md',
      'talking-migration-diplomacy-q-a-live.md',
      'organization-notes.md',
    ]);
  });

  it('gives each article the same Markdown as its own export', () => {
    expect(files[0]?.content).toBe(toMarkdown(BASIC_HTML, OPTIONS));
    expect(files[1]?.content).toBe(golden('demo-article.md'));
    expect(files[2]?.content).toBe(toMarkdown(OTHER_ARTICLE, OPTIONS));
  });

  it('writes every note on an organization in organization-notes.md', () => {
    expect(files[3]?.content).toBe(golden('organization-notes.md'));
  });

  it('writes no notes file when there are no notes with text', () => {
    const names = toMarkdownFiles([DEMO_ARTICLE], { ...OPTIONS, termNotes: [] }).map((f) => f.name);
    expect(names).toEqual(['fsj-2013-03-p28.md']);
  });

  it('does not let an article take the notes file’s name', () => {
    const named = {
      ...OTHER_ARTICLE,
      page: { ...OTHER_ARTICLE.page, title: 'Organization notes' },
    };
    expect(toMarkdownFiles([named], OPTIONS).map((f) => f.name)).toEqual([
      'organization-notes-2.md',
      'organization-notes.md',
    ]);
  });
});

describe('articleFileStem', () => {
  it('uses the FSJ issue and page: monthly, combined, annual report, no page number', () => {
    const stem = (issue: PageRecord['issue'], pageNumber: number | null) =>
      articleFileStem({ page: page({ issue, pageNumber }), highlights: [] });
    expect(stem({ code: '0313', year: 2013, month: 3, endMonth: 3 }, 28)).toBe('fsj-2013-03-p28');
    expect(stem({ code: '070813', year: 2013, month: 7, endMonth: 8 }, 5)).toBe(
      'fsj-2013-07-08-p5',
    );
    expect(stem({ code: 'ar2013', year: 2013, month: null, endMonth: null }, 3)).toBe(
      'fsj-ar2013-p3',
    );
    expect(stem({ code: '0313', year: 2013, month: 3, endMonth: 3 }, null)).toBe('fsj-2013-03');
  });

  it('uses the title for other pages, else the site, else "article"', () => {
    const stem = (url: string, title: string) =>
      articleFileStem({ page: page({ url, title }), highlights: [] });
    expect(stem('https://www.example.org/x', 'Migration & Diplomacy')).toBe('migration-diplomacy');
    expect(stem('https://www.example.org/x', '移民')).toBe('example-org');
    expect(stem('not a url', '***')).toBe('article');
  });

  it('avoids the names Windows keeps for devices', () => {
    expect(articleFileStem({ page: page({ title: 'CON' }), highlights: [] })).toBe('con-page');
  });
});

describe('slugify', () => {
  it('keeps lower-case ASCII letters and digits, drops accents, joins the rest with -', () => {
    expect(slugify('  Ségou: the “Crisis” — 2013/14!  ')).toBe('segou-the-crisis-2013-14');
  });

  it('cuts a long title at a - near 60 characters', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('writes nothing for a title with no letter or digit', () => {
    expect(slugify('— / —')).toBe('');
  });
});
