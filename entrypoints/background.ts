// Background: owns the database (in the extension's origin, out of the web page's reach) and
// answers the content script's store requests; holds the full glossary and answers requests for
// card text, so the content script carries only the names it matches; passes messages between each
// content script and its reader frame.

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerCommands } from '../lib/background/commands';
import { welcomeOnInstall } from '../lib/background/firstRun';
import { relayReaderMessages } from '../lib/background/readerRelay';
import { GlossDatabase } from '../lib/db/schema';
import { pageMentions, recordPageMentions } from '../lib/db/pageMentions';
import { withoutSelfNaming } from '../lib/overlay/selfNaming';
import { isFsjSite } from '../lib/page/fsjSite';
import { handleScopedRequest, scopeOfSender } from '../lib/db/requestScope';
import { findCardEntry } from '../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../lib/glossary/userEntries';
import glossaryNames from 'virtual:fsj-glossary-names';
import { createPageReaders, failure, OFFSCREEN_PATH } from '../lib/background/articleReader';
import { answerPlacingPort } from '../lib/background/placingPort';
import { answerReadingPort } from '../lib/background/readingPort';
import { localReader } from '../lib/background/readHere';
import { glossaryForStoredEntries } from '../lib/glossary/withUserEntries';
import { isPageNamed, isTyped, type PrepareReadingRequest } from '../lib/messaging/article';
import { isEntryRequest } from '../lib/messaging/popup';
import { isStoreRequestType } from '../lib/messaging/validateStore';

export default defineBackground(() => {
  // A fresh install opens the welcome page (entrypoints/welcome).
  welcomeOnInstall(browser);

  // One connection for the worker's lifetime; Dexie opens it on first use and reopens it if the
  // browser closes it. Opening now runs any schema upgrade before the first request.
  const db = new GlossDatabase();
  db.open().catch((error: unknown) => console.error('FSJ Gloss: cannot open the database', error));

  // Pages are read here (Firefox's background page has a DOM) or in an offscreen document; either
  // way the tab sends its copy over a port to the reader, and its saved highlights are placed there.
  const readers = createPageReaders(
    browser,
    import.meta.env.FIREFOX ? localReader(glossaryForStoredEntries(glossaryNames)) : null,
  );
  const offscreenUrl = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  /** Records the bodies an FSJ page named, for the index of organizations. */
  const recordNamed = (url: string, title: string, entryIds: readonly string[]) => {
    if (!isFsjSite(url)) return;
    const { occurrences } = withoutSelfNaming(
      { occurrences: entryIds.map((entryId) => ({ entryId })) },
      new URL(url).hostname,
    );
    const ids = occurrences.map((o) => o.entryId);
    void recordPageMentions(db, pageMentions(url, title, ids, Date.now()));
  };
  const readHere = readers.read;
  if (readHere !== null) {
    browser.runtime.onConnect.addListener((port) => {
      if (answerPlacingPort(port, browser.runtime.id)) return;
      answerReadingPort(port, browser.runtime.id, readHere, ({ url, title, reply }) => {
        if (!('reading' in reply) || reply.reading === null) return;
        const named = reply.reading.occurrences.map((o) => o.entryId);
        recordNamed(url, reply.reading.trace?.title ?? title, named);
      });
    });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only this extension's own scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    if (isEntryRequest(message)) {
      const readStored = () =>
        browser.storage.local.get(USER_ENTRIES_KEY).then((s) => s[USER_ENTRIES_KEY]);
      void findCardEntry(message.id, readStored).then(sendResponse);
      return true;
    }
    // Before a tab sends its page's copy to the reading document (never rejects).
    if (isTyped<PrepareReadingRequest>(message, 'gloss:prepare-reading') && sender.tab) {
      readers.prepare().then(
        () => sendResponse({ ready: true }),
        (error: unknown) => sendResponse(failure(error)),
      );
      return true;
    }
    // The index of organizations: which bodies a page named, from the offscreen document only.
    if (isPageNamed(message) && sender.tab === undefined && sender.url === offscreenUrl) {
      recordNamed(message.url, message.title, message.entryIds);
      return undefined;
    }
    if (isStoreRequestType(message)) {
      // Validated in full and answered within the sender's scope (a content script only about its
      // own site's pages); never rejects. Returning true keeps the channel open for the
      // asynchronous reply (Chrome ignores a returned Promise).
      const scope = scopeOfSender(sender, browser.runtime.getURL('/'));
      if (scope === null) return undefined;
      void handleScopedRequest(db, message, scope).then(sendResponse);
      return true;
    }
    return undefined;
  });

  // Between each content script and its reader frame, which reach each other only through here.
  relayReaderMessages(browser);

  // Keyboard shortcuts and the context menu on a selection.
  registerCommands(browser, { menusAtStart: import.meta.env.MANIFEST_VERSION === 2 });
});
