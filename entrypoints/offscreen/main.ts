// Chrome's offscreen document: the DOM where the background has pages' articles read
// (lib/background/articleReader.ts), since its service worker has none.

import { browser } from 'wxt/browser';
import { readHere } from '../../lib/background/articleReader';
import { isTraceArticleRequest } from '../../lib/messaging/article';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the background asks (content scripts' messages come with a tab).
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
  if (!isTraceArticleRequest(message)) return undefined;
  sendResponse(readHere(message.html));
  return undefined;
});
