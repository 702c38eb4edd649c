// End to end: the options page in the built extension in real Chromium. The reader adds a body
// the built-in glossary lacks (a field with a clash is refused with a message first); the fixture
// page that names it marks it on its next load, and its card shows the reader's sentence, as text,
// marked "Your entry"; a note on it is exported under its name. Turning cards off closes the open
// card and stops new ones, by hover and by focus, and the names stop being tab stops. Switching
// the site off and on again from the options page acts on the open page at once.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { serveFixtures, type FixturePage } from '../../scripts/browser/serve';
import { countsOn, openPopupFor } from './pageActions';
import { inUi } from '../../scripts/browser/extensionUi';

let browser: LaunchedBrowser;
let page: FixturePage;
const USER_ID = 'user-international-centre-for-migration';
const SENTENCE = 'A Vienna body that keeps <b>regional</b> migration dialogues running.';

before(async () => {
  browser = await launchWithExtension();
  page = (await serveFixtures(browser.context)).find((f) => f.file === 'seo-0916-page22.html')!;
});
after(async () => {
  await browser?.close();
});

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('h1').waitFor();
  return options;
}

async function openPage(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(page.url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

/** Occurrences per glossary id, each occurrence counted once. */
const card = (tab: Page) => inUi(tab, '.card');

describe('the way to the options page', () => {
  it('is a button in the popup that opens the options page in a tab', async () => {
    const tab = await openPage();
    const popup = await openPopupFor(browser, tab);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().endsWith('/options.html')),
      popup.locator('[data-action="open-options"]').click(),
    ]);
    await options.locator('h1').waitFor();
    assert.equal(new URL(options.url()).host, browser.extensionId);
    await Promise.all([options.close(), tab.close()]);
  });
});

describe('the reader’s own glossary entry', () => {
  it('is refused with a message per field while a name clashes, then saved', async () => {
    const options = await openOptions();
    await options.fill('#entry-name', 'International Centre for Migration Policy Development');
    await options.fill('#entry-acronyms', 'ICMPD, IOM');
    await options.fill('#entry-summary', SENTENCE);
    await options.fill('#entry-url', 'http://www.icmpd.org');
    await options.click('.entry-form button[type="submit"]');
    assert.equal(
      await options.textContent('#entry-acronyms-error'),
      '“IOM” is already a name of the built-in entry “International Organization for Migration”.',
    );
    assert.equal(
      await options.textContent('#entry-url-error'),
      'The link must start with https://',
    );
    assert.equal(await options.getAttribute('#entry-acronyms', 'aria-invalid'), 'true');
    // The first wrong field has the focus, and nothing was saved.
    assert.equal(await options.evaluate(() => document.activeElement?.id), 'entry-acronyms');
    assert.equal(await options.locator('.entry-list').count(), 0);

    await options.fill('#entry-acronyms', 'ICMPD');
    await options.fill('#entry-url', 'https://www.icmpd.org');
    await options.click('.entry-form button[type="submit"]');
    await options.locator(`[data-entry="${USER_ID}"]`).waitFor();
    assert.match(
      (await options.locator('.user-entries [role="status"]').textContent()) ?? '',
      /Saved “International Centre for Migration Policy Development”/,
    );
    // The sentence is shown as text: no element is made from it.
    assert.equal(await options.textContent(`[data-entry="${USER_ID}"] .entry-summary`), SENTENCE);
    assert.equal(await options.locator(`[data-entry="${USER_ID}"] .entry-summary b`).count(), 0);
    await options.close();
  });

  it('is marked on the page that names it, and its card shows the reader’s sentence', async () => {
    const tab = await openPage();
    assert.deepEqual(await countsOn(tab), { ...page.expected, [USER_ID]: 3 });
    await tab.hover(`[data-gloss-term="${USER_ID}"]`);
    await card(tab).waitFor();
    const text = (await card(tab).textContent()) ?? '';
    assert.match(text, /International Centre for Migration Policy Development \(ICMPD\)/);
    assert.match(text, /Your entry/);
    assert.ok(text.includes(SENTENCE), text);
    assert.match(text, /Named 3 times in this article/);
    assert.equal(await inUi(tab, '.card b').count(), 0);
    assert.equal(await inUi(tab, '.card a.site').getAttribute('href'), 'https://www.icmpd.org/');
    // Built-in entries keep their own cards.
    await tab.mouse.move(1150, 880);
    await card(tab).waitFor({ state: 'detached' });
    await tab.hover('[data-gloss-term="iom"]');
    await inUi(tab, '.card[data-term="iom"]').waitFor();
    assert.doesNotMatch((await card(tab).textContent()) ?? '', /Your entry/);
    await tab.close();
  });
});

describe('a note on the reader’s own entry', () => {
  it('is kept from its card and exported under the entry’s name', async () => {
    const tab = await openPage();
    await tab.locator(`[data-gloss-term="${USER_ID}"]`).first().focus();
    await inUi(tab, '[data-action="add-term-note"]').click();
    await inUi(tab, '.term-notes textarea').fill('Ask about the Budapest Process.');
    await inUi(tab, '.term-notes button[type="submit"]').click();
    await inUi(tab, '.term-note').waitFor();
    await tab.keyboard.press('Escape');

    // A highlight, so that the popup offers the export: one whole line dragged over.
    const line = await tab.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim().startsWith('border officials, drafts')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        return { left: r.left + 1, right: r.right - 1, y: r.top + r.height / 2 };
      }
      throw new Error('line not found');
    });
    await tab.mouse.move(line.left, line.y);
    await tab.mouse.down();
    await tab.mouse.move(line.right, line.y, { steps: 8 });
    await tab.mouse.up();
    await inUi(tab, '[data-gloss-toolbar]').waitFor();
    await tab.keyboard.press('h');
    await tab.waitForFunction(
      () =>
        document.querySelector('[data-gloss-highlight]') !== null &&
        document.querySelector('[data-gloss-save]') === null,
    );

    // The popup speaks for the tab opened just before it.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const own = await chrome.tabs.getCurrent();
      const tabs = await chrome.tabs.query({ windowId: own!.windowId });
      return tabs.find((t) => t.index === own!.index - 1)?.id ?? null;
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="download-markdown"]').click(),
    ]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    assert.match(
      markdown,
      /\n#+ International Centre for Migration Policy Development \(ICMPD\)\n/,
    );
    assert.match(markdown, /Ask about the Budapest Process\./);
    assert.doesNotMatch(markdown, new RegExp(USER_ID));
    await popup.close();
    await tab.close();
  });
});

/** Waits until the page's names are painted and none of them is a tab stop. */
const waitForNoTabStops = (tab: Page) =>
  tab.waitForFunction(
    () =>
      document.querySelectorAll('[data-gloss-term]').length > 0 &&
      document.querySelectorAll('[data-gloss-term][tabindex]').length === 0,
  );

describe('term cards off', () => {
  it('closes the open card, opens none on hover or focus, and takes names out of the tab order; on again, all return', async () => {
    const tab = await openPage();
    await tab.hover(`[data-gloss-term="${USER_ID}"]`);
    await card(tab).waitFor();

    const options = await openOptions();
    await options.uncheck('input[name="cards-enabled"]');
    await options.click('.card-settings button[type="submit"]');
    await options.locator('.card-settings .status:text("Saved.")').waitFor();
    // The open page follows at once: its card closes.
    await card(tab).waitFor({ state: 'detached' });

    // Names are no longer tab stops, on this page and on one opened now.
    await tab.locator(`[data-gloss-term="${USER_ID}"]`).first().waitFor();
    await waitForNoTabStops(tab);
    const later = await openPage();
    await waitForNoTabStops(later);
    await later.close();

    await tab.bringToFront();
    await tab.mouse.move(1150, 880);
    await tab.hover('[data-gloss-term="unhcr"]');
    await tab.locator('[data-gloss-term="iom"]').focus();
    // Well past the hover delay (300 ms) that would have opened a card.
    await tab.waitForTimeout(1200);
    assert.equal(await card(tab).count(), 0);

    await options.check('input[name="cards-enabled"]');
    await options.click('.card-settings button[type="submit"]');
    await options.locator('.card-settings .status:text("Saved.")').waitFor();
    await options.close();
    // Each name is one tab stop again, on its first part.
    await tab.waitForFunction(
      () =>
        document.querySelectorAll('[data-gloss-term][tabindex="0"]').length ===
        new Set(
          Array.from(document.querySelectorAll('[data-gloss-occurrence]'), (w) =>
            w.getAttribute('data-gloss-occurrence'),
          ),
        ).size,
    );
    await tab.locator('[data-gloss-term="unhcr"]').focus();
    await inUi(tab, '.card[data-term="unhcr"]').waitFor();
    await tab.close();
  });
});

describe('the overlay per site', () => {
  it('is switched off and on again for the open page from the options page', async () => {
    const tab = await openPage();
    const options = await openOptions();
    assert.match(await options.locator('.sites').innerText(), /None/);
    await options.fill('#site-input', 'not a site');
    await options.click('.add-site button[type="submit"]');
    assert.match((await options.textContent('#site-error')) ?? '', /is not a site/);

    await options.fill('#site-input', page.url);
    await options.click('.add-site button[type="submit"]');
    await options.locator('[data-site="www.afsa.org"]').waitFor();
    await tab.waitForSelector('html[data-gloss-state="off"]');
    assert.equal(await tab.locator('[data-gloss-term]').count(), 0);

    await options.click('[data-site="www.afsa.org"] button');
    await options.locator('[data-site="www.afsa.org"]').waitFor({ state: 'detached' });
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    assert.deepEqual(await countsOn(tab), { ...page.expected, [USER_ID]: 3 });
    await options.close();
    await tab.close();
  });
});
