// Chrome's offscreen document: the DOM where the background has pages read
// (lib/background/articleReader.ts), since its service worker has none.

import { browser } from 'wxt/browser';
import glossaryNames from 'virtual:fsj-glossary-names';
import { localReader } from '../../lib/background/readHere';
import { glossaryForStoredEntries } from '../../lib/glossary/withUserEntries';
import { isReadPageRequest } from '../../lib/messaging/article';

const read = localReader(glossaryForStoredEntries(glossaryNames));

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the background asks (content scripts' messages come with a tab).
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
  if (!isReadPageRequest(message, 'gloss:read-page-offscreen')) return undefined;
  sendResponse(read(message.copy, message.userEntries));
  return undefined;
});
