// Typed messages for reading a page's article away from the page: the content script sends a
// numbered copy of its page as HTML, the background has it read in a document of the extension's
// own (lib/article/traceArticle.ts) and answers with the trace, which the content script locates
// in the live page (lib/article/liveArticle.ts).

import type { ArticleTrace } from '../article/traceArticle';

/** From the content script to the background. */
export interface ReadArticleRequest {
  type: 'gloss:read-article';
  html: string;
}

/** From the background to the document that reads (Chrome's offscreen document). */
export interface TraceArticleRequest {
  type: 'gloss:trace-article';
  html: string;
}

/** The trace, null when the page has no article, or why it could not be read. */
export type ReadArticleReply = { trace: ArticleTrace | null } | { error: string };

/** Pages larger than this are not sent (the largest page of the test corpus is about 1.2 MB). */
export const MAX_PAGE_HTML = 32 * 1024 * 1024;

function isRequest<T extends string>(value: unknown, type: T): value is { type: T; html: string } {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; html?: unknown };
  return m.type === type && typeof m.html === 'string' && m.html.length <= MAX_PAGE_HTML;
}

export function isReadArticleRequest(value: unknown): value is ReadArticleRequest {
  return isRequest(value, 'gloss:read-article');
}

export function isTraceArticleRequest(value: unknown): value is TraceArticleRequest {
  return isRequest(value, 'gloss:trace-article');
}

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0);

/** Whether a reply has the shape of a trace, before the content script relies on its numbers. */
export function isArticleTrace(value: unknown): value is ArticleTrace {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<Record<keyof ArticleTrace, unknown>>;
  return (
    (t.texts === null || (isNumbers(t.texts) && t.texts.length % 2 === 0)) &&
    isNumbers(t.elements) &&
    (t.title === null || typeof t.title === 'string')
  );
}

/** Whether a reply is one the background can send; anything else is treated as a failure. */
export function isReadArticleReply(value: unknown): value is ReadArticleReply {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { trace?: unknown; error?: unknown };
  if (typeof r.error === 'string') return true;
  return r.trace === null || isArticleTrace(r.trace);
}
