// Asks the background to read this page's numbered copy (lib/article/readArticle.ts), where
// Readability runs warm in a document of the extension's own.

import { browser } from 'wxt/browser';
import { benchMark } from './benchMarks';
import type { ArticleTrace } from '../../lib/article/traceArticle';
import { isReadArticleReply, type ReadArticleRequest } from '../../lib/messaging/article';

export async function readArticleElsewhere(html: string): Promise<ArticleTrace | null> {
  const request: ReadArticleRequest = { type: 'gloss:read-article', html };
  benchMark('copy-sent');
  const reply: unknown = await browser.runtime.sendMessage(request);
  benchMark('trace-received');
  if (!isReadArticleReply(reply)) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.trace;
}
