// Gathers everything the reader saved into what the Markdown writers take: the database's pages
// and highlights become one ArticleExport per page, and the export's file names carry the day.
// Pure: records in, plain objects out.

import type { HighlightRecord, PageRecord } from '../db/types';
import type { ArticleExport } from './types';

/**
 * One article per page that has highlights, each with its own highlights. Why: the database keeps
 * highlights in one table; the writers want them by article. A highlight whose page record is
 * missing (it should not happen, but an export must never lose one) gets a page named by its
 * address. One pass over the highlights, so 10,000 of them cost nothing here.
 */
export function articlesFromRecords(
  pages: readonly PageRecord[],
  highlights: readonly HighlightRecord[],
): ArticleExport[] {
  const byUrl = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights) {
    const list = byUrl.get(highlight.pageUrl);
    if (list) list.push(highlight);
    else byUrl.set(highlight.pageUrl, [highlight]);
  }
  const pageByUrl = new Map(pages.map((page) => [page.url, page]));
  return [...byUrl].map(([url, list]) => ({
    page: pageByUrl.get(url) ?? { url, title: '', issue: null, pageNumber: null, updatedAt: 0 },
    highlights: list,
  }));
}

const day = (now: number): string => new Date(now).toISOString().slice(0, 10);

/** The one-document export's name, e.g. `fsj-gloss-export-2026-11-27.md`. */
export function collectionFileName(now: number): string {
  return `fsj-gloss-export-${day(now)}.md`;
}

/** The zip's name, e.g. `fsj-gloss-export-2026-11-27.zip`. */
export function zipFileName(now: number): string {
  return `fsj-gloss-export-${day(now)}.zip`;
}
