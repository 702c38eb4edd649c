// Background: owns the database (in the extension's origin, out of the web page's reach) and
// answers the content script's store requests; holds the full glossary and answers requests for
// card text, so the content script carries only the names it matches.

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { GlossDatabase } from '../lib/db/schema';
import { handleStoreRequest } from '../lib/db/store';
import { GLOSSARY_BY_ID } from '../lib/glossary';
import glossaryNames from 'virtual:fsj-glossary-names';
import { createPageReader } from '../lib/background/articleReader';
import { loadGlossary } from '../lib/glossary/loadGlossary';
import type { CompiledGlossary } from '../lib/glossary/matcher';
import { isReadPageRequest } from '../lib/messaging/article';
import { isEntryRequest } from '../lib/messaging/popup';
import { isStoreRequestType } from '../lib/messaging/validateStore';

export default defineBackground(() => {
  // One connection for the worker's lifetime; Dexie opens it on first use and reopens it if the
  // browser closes it. Opening now runs any schema upgrade before the first request.
  const db = new GlossDatabase();
  db.open().catch((error: unknown) => console.error('FSJ Gloss: cannot open the database', error));

  // Pages are read here (Firefox's background page has a DOM) or in an offscreen document.
  let compiled: CompiledGlossary | undefined;
  const readPage = createPageReader(browser, () => (compiled ??= loadGlossary(glossaryNames)));

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only this extension's own scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    if (isEntryRequest(message)) {
      sendResponse(GLOSSARY_BY_ID.get(message.id) ?? null);
      return undefined;
    }
    // A page's copy, to be read where Readability and the matcher run warm (never rejects).
    if (isReadPageRequest(message, 'gloss:read-page') && sender.tab !== undefined) {
      void readPage(message.html, message.scope).then(sendResponse);
      return true;
    }
    if (isStoreRequestType(message)) {
      // handleStoreRequest validates the request in full and never rejects. Returning true keeps
      // the channel open for the asynchronous reply (Chrome ignores a returned Promise).
      void handleStoreRequest(db, message).then(sendResponse);
      return true;
    }
    return undefined;
  });
});
