// End to end: an FSJ page at the address most archive links now use, the page's own folder in the
// FlippingBook book (`/flipping_book/0319/9/`, also without the slash and with `index.html`). The
// extension runs there, and what it files the page under names the issue and the page: the file
// the popup's export downloads is named after them, and the popup's heading names them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { highlight, openPopupFor } from './pageActions';

const BOOK = 'https://www.afsa.org/sites/default/files/flipping_book';
/** The demo page's text, as the March 2019 issue's page 9 (its title says so too). */
const html = readFileSync(join(FIXTURES_DIR, demoPage().file), 'utf8')
  .replaceAll('March 2013', 'March 2019')
  .replaceAll('MARCH 2013', 'MARCH 2019')
  .replace('Page 28 -', 'Page 9 -');
const ADDRESSES = [`${BOOK}/0319/9/`, `${BOOK}/0319/9`, `${BOOK}/0319/9/index.html`];

let browser: LaunchedBrowser;
before(async () => {
  browser = await launchWithExtension();
  await servePages(
    browser.context,
    ADDRESSES.map((url) => ({ url, html: () => html })),
  );
});
after(async () => {
  await browser?.close();
});

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

describe('an FSJ page at its folder address (/flipping_book/<code>/<page>/)', () => {
  for (const url of ADDRESSES) {
    it(`${url.slice(BOOK.length)}: the popup and the export name March 2019, page 9`, async () => {
      const tab = await open(url);
      await highlight(tab, 'Managing Mobility', 'the Emergency');
      const popup = await openPopupFor(browser, tab);
      assert.equal(await popup.locator('.page-heading').innerText(), 'March 2019 · page 9');
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator('[data-action="download-markdown"]').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'fsj-2019-03-p9.md');
      const markdown = readFileSync((await download.path())!, 'utf8');
      assert.match(markdown, /\nissue: "FSJ March 2019"\npage: 9\n/);
      await popup.close();
      await tab.close();
    });
  }
});
