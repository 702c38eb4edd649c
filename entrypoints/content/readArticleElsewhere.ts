// Asks the background to read this page's copy (lib/article/readArticle.ts), where Readability
// and the matcher run warm in a document of the extension's own.

import { browser } from 'wxt/browser';
import type { PageRead } from '../../lib/article/readArticle';
import { isReadPageReply, type PageCopy, type ReadPageRequest } from '../../lib/messaging/article';
import { benchMark } from './benchMarks';

export async function readArticleElsewhere(copy: PageCopy): Promise<PageRead> {
  const request: ReadPageRequest = { type: 'gloss:read-page', copy };
  benchMark('copy-sent');
  const reply: unknown = await browser.runtime.sendMessage(request);
  benchMark('trace-received');
  if (!isReadPageReply(reply)) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return 'numbersNeeded' in reply ? 'numbers-needed' : reply.reading;
}
