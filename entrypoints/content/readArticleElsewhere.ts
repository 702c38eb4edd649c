// Asks the background to read this page's numbered copy (lib/article/readArticle.ts), where
// Readability and the matcher run warm in a document of the extension's own.

import { browser } from 'wxt/browser';
import {
  isReadPageReply,
  type PageReading,
  type ReadingScope,
  type ReadPageRequest,
} from '../../lib/messaging/article';
import { benchMark } from './benchMarks';

export async function readArticleElsewhere(
  html: string,
  scope: ReadingScope,
): Promise<PageReading | null> {
  const request: ReadPageRequest = { type: 'gloss:read-page', html, scope };
  benchMark('copy-sent');
  const reply: unknown = await browser.runtime.sendMessage(request);
  benchMark('trace-received');
  if (!isReadPageReply(reply)) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.reading;
}
