// The reading document's end of a content script's READ_PAGE_PORT (lib/messaging/article.ts):
// Chrome's offscreen document and Firefox's background page take a tab's copy there, read it and
// answer on the same port, so the copy and the reading never cross the service worker.

import {
  isReadPageRequest,
  READ_PAGE_PORT,
  type PageCopy,
  type ReadPageReply,
} from '../messaging/article';
import { failure } from './articleReader';
import { answerTabPort, type TabPort } from './tabPort';

export type ReadingPort = TabPort<ReadPageReply>;

/** A tab whose page was read: its address and title as the browser gave them, and the reading. */
export interface TabReading {
  url: string;
  title: string;
  reply: ReadPageReply;
}

/**
 * Answers `port` if it is a content script's reading port of this extension; false (left alone)
 * for any other port, so the reader frame's own ports are not touched. One copy per port: the
 * first message is read and answered, and `onRead` is told, after the answer has gone, which tab
 * it was for (the background records the bodies an FSJ page named).
 */
export function answerReadingPort(
  port: ReadingPort,
  extensionId: string,
  read: (copy: PageCopy) => ReadPageReply | Promise<ReadPageReply>,
  onRead: (reading: TabReading) => void,
): boolean {
  return answerTabPort(
    port,
    READ_PAGE_PORT,
    extensionId,
    (message) =>
      isReadPageRequest(message)
        ? Promise.resolve()
            .then(() => read(message.copy))
            .catch(failure)
        : Promise.resolve(failure('not a page copy')),
    (reply, sender) => {
      if (sender.url !== undefined)
        onRead({ url: sender.url, title: sender.tab?.title ?? '', reply });
    },
  );
}
