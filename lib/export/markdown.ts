// The Markdown export: one article, or everything in one document. YAML front matter, the title,
// then per highlight (in page order) a blockquote of the quote, a link to the exact passage, the
// note, and its colour, tags and organizations; then the reader's notes on organizations. All user
// text goes through escape.ts. Pure: records in, a string out.

import type { HighlightRecord, PageRecord, TermNoteRecord } from '../db/types';
import { GLOSSARY_BY_ID } from '../glossary';
import { DEFAULT_COLOR_NAMES } from '../highlights/colorNames';
import { fsjIssueLabel, pageTitle } from '../page/pageInfo';
import {
  markdownBlockquote,
  markdownHeading,
  markdownInline,
  markdownLink,
  markdownParagraphs,
  markdownUrl,
  sanitizeTag,
} from './escape';
import { frontMatter, type FrontMatterField } from './frontMatter';
import { textFragmentFor } from './textFragment';
import type { ArticleExport, EntryLabel, MarkdownOptions } from './types';

export const FSJ_PUBLICATION = 'The Foreign Service Journal';
export const COLLECTION_TITLE = 'FSJ Gloss: highlights and notes';
const NOTES_HEADING = 'Notes on organizations';

/** The options with their defaults filled in, and what one export works out once and reuses. */
interface Context {
  exported: string;
  colorNames: NonNullable<MarkdownOptions['colorNames']>;
  termNotes: readonly TermNoteRecord[];
  lookupEntry: (id: string) => EntryLabel | undefined;
  /** Each tag as sanitizeTag writes it: the same few tags come back on thousands of highlights. */
  tags: Map<string, string | null>;
  /** Each colour's and each organization's name as written: likewise. */
  colorLabels: Map<string, string>;
  entryLabels: Map<string, string>;
}

function context(options: MarkdownOptions): Context {
  return {
    exported: new Date((options.now ?? Date.now)()).toISOString(),
    colorNames: options.colorNames ?? DEFAULT_COLOR_NAMES,
    termNotes: options.termNotes ?? [],
    lookupEntry: options.lookupEntry ?? ((id) => GLOSSARY_BY_ID.get(id)),
    tags: new Map(),
    colorLabels: new Map(),
    entryLabels: new Map(),
  };
}

/** `make(key)`, worked out once per key and kept in `cache`. */
function cached<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make(key);
  cache.set(key, value);
  return value;
}

/** Highlights in the order they stand on the page (then oldest first). Why: exports read like the article. */
export function inPageOrder(highlights: readonly HighlightRecord[]): HighlightRecord[] {
  return [...highlights].sort(
    (a, b) =>
      a.selectors.position.start - b.selectors.position.start ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Tags made safe for notes apps, without repeats, in the order first seen. Notes apps match tags
 * without regard to case, so `IOM` and `iom` are one tag: the first spelling is kept.
 */
function cleanTags(tags: readonly string[], ctx: Context): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const clean = cached(ctx.tags, tag, sanitizeTag);
    if (clean === null || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

/** An organization as the reader knows it: "International Organization for Migration (IOM)". */
function entryName(id: string, ctx: Context): string {
  const entry = ctx.lookupEntry(id);
  if (!entry) return id;
  const acronym = entry.acronyms[0];
  return acronym ? `${entry.name} (${acronym})` : entry.name;
}

/** How the source line names the page: "FSJ March 2013, page 28", or the site's host. */
function sourceLabel(page: PageRecord): string {
  if (page.issue) {
    const label = fsjIssueLabel(page.issue);
    return page.pageNumber !== null ? `${label}, page ${page.pageNumber}` : label;
  }
  try {
    return new URL(page.url).host || page.url;
  } catch {
    return page.url;
  }
}

function renderHighlight(
  h: HighlightRecord,
  article: ArticleExport,
  pageLink: string,
  ctx: Context,
): string {
  const quote = markdownBlockquote(h.quote);
  let out = quote !== '' ? `${quote}\n\n` : '';
  // The directive is percent-encoded already: it needs no more escaping inside the link.
  const fragment = textFragmentFor(h.selectors, article.text);
  out += `[Open this passage](${fragment !== null ? `${pageLink}#:~:${fragment}` : pageLink})`;
  for (const paragraph of markdownParagraphs(h.note)) out += `\n\n${paragraph}`;
  const color = cached(ctx.colorLabels, h.color, () =>
    markdownInline(ctx.colorNames[h.color] ?? h.color),
  );
  out += `\n\n- Colour: ${color}`;
  const tags = cleanTags(h.tags, ctx);
  if (tags.length > 0) out += `\n- Tags: #${tags.join(' #')}`;
  if (h.entryIds.length > 0) {
    const names = [...new Set(h.entryIds)].map((id) =>
      cached(ctx.entryLabels, id, () => markdownInline(entryName(id, ctx))),
    );
    out += `\n- Organizations: ${names.join('; ')}`;
  }
  return out;
}

/**
 * The article's title heading, source line and highlights (given in page order), with the title
 * at `level`.
 */
function renderArticle(
  article: ArticleExport,
  highlights: readonly HighlightRecord[],
  level: number,
  ctx: Context,
): string {
  const { page } = article;
  const blocks = [
    markdownHeading(level, pageTitle(page)),
    `Source: ${markdownLink(sourceLabel(page), page.url)}`,
  ];
  if (highlights.length === 0) blocks.push('No highlights.');
  const pageLink = markdownUrl(page.url.split('#')[0] ?? page.url);
  for (const h of highlights) blocks.push(renderHighlight(h, article, pageLink, ctx));
  return blocks.join('\n\n');
}

/**
 * The notes on organizations under a heading of `level`, one heading per organization (by name)
 * one level down, oldest note first; null when there is no note with text.
 */
function renderTermNotes(
  notes: readonly TermNoteRecord[],
  level: number,
  ctx: Context,
): string | null {
  const byEntry = new Map<string, TermNoteRecord[]>();
  for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) {
    if (markdownParagraphs(note.note).length === 0) continue;
    byEntry.set(note.entryId, [...(byEntry.get(note.entryId) ?? []), note]);
  }
  if (byEntry.size === 0) return null;
  const named = [...byEntry.entries()].map(([id, list]) => ({ name: entryName(id, ctx), list }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const blocks = [markdownHeading(level, NOTES_HEADING)];
  for (const { name, list } of named) {
    blocks.push(markdownHeading(level + 1, name));
    for (const note of list) blocks.push(...markdownParagraphs(note.note));
  }
  return blocks.join('\n\n');
}

/** The union of the highlights' tags, in the order given (page order, article by article). */
function tagsOf(highlights: ReadonlyArray<readonly HighlightRecord[]>, ctx: Context): string[] {
  // A loop, not flatMap: with 10,000 highlights, flatMap took as long as the rest of the front matter.
  const tags: string[] = [];
  for (const list of highlights) for (const h of list) tags.push(...h.tags);
  return cleanTags(tags, ctx);
}

/**
 * One article as a Markdown document: front matter (title, source, publication, issue and page
 * when known, exported time, tags), the title, each highlight in page order, and the reader's notes
 * on the organizations the article names. Why: "Export this article" in the popup, and each file
 * of the one-file-per-article export.
 */
export function toMarkdown(article: ArticleExport, options: MarkdownOptions = {}): string {
  const ctx = context(options);
  const { page } = article;
  const highlights = inPageOrder(article.highlights);
  const monthly = page.issue !== null && page.issue.month !== null;
  const fields: FrontMatterField[] = [
    ['title', pageTitle(page)],
    ['source', page.url],
    ['publication', monthly ? FSJ_PUBLICATION : null],
    ['issue', page.issue ? fsjIssueLabel(page.issue) : null],
    ['page', page.issue ? page.pageNumber : null],
    ['exported', ctx.exported],
    ['tags', tagsOf([highlights], ctx)],
  ];
  const named = new Set([
    ...(article.entryIds ?? []),
    ...article.highlights.flatMap((h) => h.entryIds),
  ]);
  const notes = ctx.termNotes.filter((n) => named.has(n.entryId) || n.pageUrl === page.url);
  const sections = [
    frontMatter(fields),
    renderArticle(article, highlights, 1, ctx),
    renderTermNotes(notes, 2, ctx),
  ];
  return `${sections.filter((s) => s !== null).join('\n\n')}\n`;
}

function compareArticles(a: PageRecord, b: PageRecord): number {
  if (a.issue && !b.issue) return -1;
  if (!a.issue && b.issue) return 1;
  if (a.issue && b.issue) {
    const byIssue =
      a.issue.year - b.issue.year ||
      (a.issue.month ?? 0) - (b.issue.month ?? 0) ||
      (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0);
    if (byIssue !== 0) return byIssue;
    const byPage = (a.pageNumber ?? 0) - (b.pageNumber ?? 0);
    if (byPage !== 0) return byPage;
  }
  const [ta, tb] = [pageTitle(a), pageTitle(b)];
  return ta < tb ? -1 : ta > tb ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/**
 * Articles with highlights, FSJ issues first in date and page order, then other pages by title. Why:
 * the collection and the files list come out in the same order whatever order the database gave.
 */
export function articlesInOrder(articles: readonly ArticleExport[]): ArticleExport[] {
  return articles
    .filter((a) => a.highlights.length > 0)
    .sort((a, b) => compareArticles(a.page, b.page));
}

/**
 * Everything in one document: front matter (title, exported time, every tag), a section per
 * article with highlights (its title as a second-level heading), and all the notes on
 * organizations at the end. Why: "Export everything" as one Markdown file.
 */
export function toMarkdownCollection(
  articles: readonly ArticleExport[],
  options: MarkdownOptions = {},
): string {
  const ctx = context(options);
  const ordered = articlesInOrder(articles);
  // Each article's highlights sorted once, for the tags and for the article's section.
  const highlights = ordered.map((article) => inPageOrder(article.highlights));
  const fields: FrontMatterField[] = [
    ['title', COLLECTION_TITLE],
    ['exported', ctx.exported],
    ['tags', tagsOf(highlights, ctx)],
  ];
  const sections: Array<string | null> = [
    frontMatter(fields),
    markdownHeading(1, COLLECTION_TITLE),
  ];
  if (ordered.length === 0) sections.push('No highlights.');
  ordered.forEach((article, i) => {
    sections.push(renderArticle(article, highlights[i] ?? [], 2, ctx));
  });
  sections.push(renderTermNotes(ctx.termNotes, 2, ctx));
  return `${sections.filter((s) => s !== null).join('\n\n')}\n`;
}

/**
 * Every note on an organization as a document of its own (front matter with title and exported
 * time, then a heading per organization), or null when there is none. Why: the one-file-per-article
 * export would otherwise lose notes on organizations that no exported article names.
 */
export function toOrganizationNotes(options: MarkdownOptions = {}): string | null {
  const ctx = context(options);
  const notes = renderTermNotes(ctx.termNotes, 1, ctx);
  if (notes === null) return null;
  const fields: FrontMatterField[] = [
    ['title', `FSJ Gloss: ${NOTES_HEADING.toLowerCase()}`],
    ['exported', ctx.exported],
  ];
  return `${frontMatter(fields)}\n\n${notes}\n`;
}
