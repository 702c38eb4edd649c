// Background: holds the full glossary and answers the content script's requests for card text, so
// the content script carries only the names it matches.

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { GLOSSARY_BY_ID } from '../lib/glossary';
import { isEntryRequest } from '../lib/messaging/popup';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isEntryRequest(message)) return undefined;
    sendResponse(GLOSSARY_BY_ID.get(message.id) ?? null);
    return undefined;
  });
});
