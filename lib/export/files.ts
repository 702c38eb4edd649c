// The one-file-per-article Markdown export: a file per article with highlights, named after the FSJ
// issue and page (`fsj-2013-03-p28.md`) or, for other pages, after the title or the site, and one
// more file for the notes on organizations. Names are safe on every common file system and unique.

import { fsjFileStem } from '../page/pageInfo';
import { articlesInOrder, toMarkdown, toOrganizationNotes } from './markdown';
import type { ArticleExport, ExportFile, MarkdownOptions } from './types';

/** The file holding every note on an organization (the article files hold only their own). */
export const ORGANIZATION_NOTES_FILE = 'organization-notes.md';

/** Longest file name stem kept from a title. */
const MAX_STEM = 60;

/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name stem from a title or host: lower-case ASCII letters and digits, accents dropped,
 * everything else one `-`, at most 60 characters, cut at a `-` where possible. Returns '' when
 * nothing is left. Why: names are typed and sorted by people, and must be valid everywhere.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_STEM) return slug;
  const cut = slug.slice(0, MAX_STEM + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_STEM / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_STEM)).replace(
    /-+$/,
    '',
  );
}

/** The stem for one article's file: the FSJ issue and page, else the title, the host, "article". */
export function articleFileStem(article: ArticleExport): string {
  const { page } = article;
  if (page.issue) return fsjFileStem(page.issue, page.pageNumber);
  let host = '';
  try {
    host = new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    // Not an address: the title alone names the file.
  }
  const stem = slugify(page.title) || slugify(host) || 'article';
  return RESERVED.test(stem) ? `${stem}-page` : stem;
}

/** `stem.md`, or `stem-2.md`, `stem-3.md`… when taken (compared without case). */
function uniqueName(stem: string, taken: Set<string>): string {
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One Markdown file per article with highlights (see toMarkdown), in the collection's order, plus
 * `organization-notes.md` with every note on an organization when there are any. Why: the
 * "zip of one file per article" export; the zip itself is written elsewhere.
 */
export function toMarkdownFiles(
  articles: readonly ArticleExport[],
  options: MarkdownOptions = {},
): ExportFile[] {
  const taken = new Set<string>([ORGANIZATION_NOTES_FILE]);
  const files = articlesInOrder(articles).map((article) => ({
    name: uniqueName(articleFileStem(article), taken),
    content: toMarkdown(article, options),
  }));
  const notes = toOrganizationNotes(options);
  if (notes !== null) files.push({ name: ORGANIZATION_NOTES_FILE, content: notes });
  return files;
}
