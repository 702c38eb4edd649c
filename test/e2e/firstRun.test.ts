// End to end: the first run. A fresh install of the built extension opens the welcome page by
// itself; it says what the extension does, its keys, where the options are (the link opens them)
// and that the reader's data stays in the browser.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  launchWithExtension,
  welcomePage,
  type LaunchedBrowser,
} from '../../scripts/browser/launch';

let browser: LaunchedBrowser;
before(async () => {
  browser = await launchWithExtension({ keepWelcome: true });
});
after(async () => {
  await browser?.close();
});

describe('a fresh install', () => {
  it('opens the welcome page, which leads to the options', async () => {
    const welcome = await welcomePage(browser.context, browser.extensionId);
    assert.equal(await welcome.locator('h1').innerText(), 'Welcome to FSJ Gloss');
    const text = await welcome.locator('main').innerText();
    assert.match(text, /marks every organization, agency, mission and forum/);
    for (const key of ['H', '1', '5', 'N', 'T', 'Esc']) {
      assert.ok(await welcome.locator('kbd', { hasText: new RegExp(`^${key}$`) }).count(), key);
    }
    assert.match(text, /stays in this browser/);
    await welcome.locator('[data-link="options"]').click();
    await welcome.waitForURL(`chrome-extension://${browser.extensionId}/options.html`);
    await welcome.locator('h1').waitFor();
  });
});
