// Chrome's offscreen document: the DOM where pages are read (lib/background/articleReader.ts),
// since the service worker has none. Content scripts send their copy here over a port; the
// background gives the reader's own entries, and is told which bodies each page named. Saved
// highlights are placed here too, over a port of their own.

import { browser } from 'wxt/browser';
import glossaryNames from 'virtual:fsj-glossary-names';
import { localReader } from '../../lib/background/readHere';
import { answerPlacingPort } from '../../lib/background/placingPort';
import { answerReadingPort } from '../../lib/background/readingPort';
import { glossaryForStoredEntries } from '../../lib/glossary/withUserEntries';
import {
  isTyped,
  type PageNamedMessage,
  type ReadingEntriesMessage,
} from '../../lib/messaging/article';

const read = localReader(glossaryForStoredEntries(glossaryNames));
// Given by the background before any copy is sent (a copy that came first reads without them).
let userEntries: unknown = undefined;

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the background gives entries (content scripts' messages come with a tab).
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
  if (!isTyped<ReadingEntriesMessage>(message, 'gloss:reading-entries')) return undefined;
  userEntries = message.userEntries;
  sendResponse({ ready: true });
  return undefined;
});

browser.runtime.onConnect.addListener((port) => {
  if (answerPlacingPort(port, browser.runtime.id)) return;
  answerReadingPort(
    port,
    browser.runtime.id,
    (copy) => read(copy, userEntries),
    ({ url, title, reply }) => {
      if (!('reading' in reply) || reply.reading === null) return;
      const named: PageNamedMessage = {
        type: 'gloss:page-named',
        url,
        title: reply.reading.trace?.title ?? title,
        entryIds: reply.reading.occurrences.map((o) => o.entryId),
      };
      browser.runtime.sendMessage(named).catch(() => undefined);
    },
  );
});
