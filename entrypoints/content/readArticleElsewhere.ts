// Has this page's copy read (lib/article/readArticle.ts) in a document of the extension's own,
// where Readability and the matcher run warm: the background makes that document ready, then the
// copy goes to it over a port of its own, never through Chrome's service worker.

import { browser } from 'wxt/browser';
import type { PageRead } from '../../lib/article/readArticle';
import {
  isReadPageReply,
  READ_PAGE_PORT,
  type PageCopy,
  type PrepareReadingRequest,
  type ReadPageRequest,
} from '../../lib/messaging/article';
import { benchMark } from './benchMarks';

/** Sends one copy over a fresh port; the reply, or why none came. */
function readOverPort(copy: PageCopy): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: READ_PAGE_PORT });
    port.onMessage.addListener((message: unknown) => {
      resolve(message);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => reject(new Error('the reading document went away')));
    const request: ReadPageRequest = { type: 'gloss:read-page', copy };
    port.postMessage(request);
  });
}

export async function readArticleElsewhere(copy: PageCopy): Promise<PageRead> {
  const prepare: PrepareReadingRequest = { type: 'gloss:prepare-reading' };
  const ready: unknown = await browser.runtime.sendMessage(prepare);
  if (typeof ready === 'object' && ready !== null && 'error' in ready) {
    throw new Error(String(ready.error));
  }
  benchMark('copy-sent');
  const reply = await readOverPort(copy);
  benchMark('trace-received');
  if (!isReadPageReply(reply)) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return 'numbersNeeded' in reply ? 'numbers-needed' : reply.reading;
}
