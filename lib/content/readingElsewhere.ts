// Has this page's copy read (lib/article/readArticle.ts) in a document of the extension's own,
// where Readability and the matcher run warm: the background makes that document ready, then the
// copy goes to it over a port of its own, never through Chrome's service worker.

import type { PageRead } from '../article/readArticle';
import {
  isReadPageReply,
  READ_PAGE_PORT,
  type PageCopy,
  type ReadPageRequest,
} from '../messaging/article';
import { askOverPort, prepareReadingDocument, type ReadingRuntime } from './readingDocument';
import { benchMark } from './benchMarks';

/** The `read` that lib/article/readArticle.ts is given in the page. */
export async function readArticleElsewhere(
  runtime: ReadingRuntime,
  copy: PageCopy,
): Promise<PageRead> {
  await prepareReadingDocument(runtime);
  benchMark('copy-sent');
  const request: ReadPageRequest = { type: 'gloss:read-page', copy };
  const reply = await askOverPort(runtime, READ_PAGE_PORT, request);
  benchMark('trace-received');
  if (!isReadPageReply(reply)) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return 'numbersNeeded' in reply ? 'numbers-needed' : reply.reading;
}
