// End to end: the notes page in the built extension in real Chromium. A reader highlights passages
// on two FSJ pages (two issues) through the page's own UI, sees them in the popup, opens the notes
// page from it and finds them grouped under their issues and pages, newest first (drawn before the
// page's database code has loaded); narrows the list by typing and by a filter; edits a note in
// place; deletes with Undo; and sees a highlight made in another tab appear without reloading.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { FIXTURES_DIR, readManifest, servePages } from '../../scripts/browser/serve';
import { highlight, openPopupFor } from './pageActions';

const fixtures = readManifest().filter((p) =>
  ['seo-0313-page28.html', 'seo-1208-page17.html'].includes(p.file),
);
const march = fixtures.find((p) => p.file === 'seo-0313-page28.html')!;
const december = fixtures.find((p) => p.file === 'seo-1208-page17.html')!;
let browser: LaunchedBrowser;

before(async () => {
  browser = await launchWithExtension();
  await servePages(
    browser.context,
    fixtures.map((p) => ({
      url: p.url,
      html: () => readFileSync(join(FIXTURES_DIR, p.file), 'utf8'),
    })),
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

/** The notes page's list as the reader sees it: issue → page heading → quotes, in order. */
function outline(notes: Page) {
  return notes.evaluate(() =>
    [...document.querySelectorAll('[data-issue]')].map((issue) => ({
      issue: issue.querySelector('h2')!.textContent,
      pages: [...issue.querySelectorAll('[data-page]')].map((page) => ({
        page: page.querySelector('h3')!.textContent,
        quotes: [...page.querySelectorAll('[data-item] .quote')].map((q) => q.textContent),
      })),
    })),
  );
}

const quotes = (notes: Page) =>
  notes.evaluate(() =>
    [...document.querySelectorAll('[data-item] .quote')].map((q) => q.textContent),
  );

let notes: Page;

describe('the notes page', () => {
  it('lists highlights saved on two pages, grouped by issue and page, newest first', async () => {
    const first = await open(march.url);
    await highlight(first, 'Herders, traders', 'seasonal');
    await highlight(first, 'Managing Mobility', 'the Emergency', '2'); // green
    const second = await open(december.url);
    await highlight(second, 'Fingerprint kits', 'in October.');

    // The popup lists this page's highlight and opens the notes page.
    const popup = await openPopupFor(browser, second);
    await popup.locator('[data-highlight]').first().waitFor();
    // Chromium has a side panel: the popup offers it, by that name.
    assert.equal(
      await popup.locator('[data-action="open-side-panel"]').textContent(),
      'Open in side panel',
    );
    assert.match(
      (await popup.locator('[data-highlight] .quote').textContent()) ?? '',
      /^Fingerprint kits arrived in October\./,
    );
    [notes] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().endsWith('/notes.html')),
      popup.locator('[data-action="open-notes"]').click(),
    ]);
    await notes.locator('[data-notes-list] [data-item]').nth(2).waitFor();
    assert.deepEqual(await outline(notes), [
      {
        issue: 'FSJ December 2008',
        pages: [
          {
            page: 'Page 17 - Foreign Service Journal - December 2008',
            quotes: ['Fingerprint kits arrived in October.'],
          },
        ],
      },
      {
        issue: 'FSJ March 2013',
        pages: [
          {
            page: 'Page 28 - Foreign Service Journal - March 2013',
            quotes: ['Managing Mobility Beyond the Emergency', 'Herders, traders and seasonal'],
          },
        ],
      },
    ]);
    // A highlight links to its passage on its page (a text fragment).
    const link = await notes
      .locator('[data-issue="1208"] [data-item] a[data-action="open"]')
      .getAttribute('href');
    assert.ok(link?.startsWith(`${december.url}#:~:text=`), link ?? 'no link');
    assert.match(link ?? '', /Fingerprint%20kits%20arrived%20in%20October\./);
    await first.close();
    await second.close();
  });

  it('draws the newest highlights without waiting for its database code (Dexie)', async () => {
    const page = await browser.context.newPage();
    const held: Route[] = [];
    // The chunk with Dexie and the store (entrypoints/notes/database.ts) is held back.
    await page.route(/\/chunks\/database-[^/]*\.js$/, (route) => void held.push(route));
    await page.goto(notes.url());
    await page.locator('[data-notes-list] [data-item]').nth(2).waitFor();
    assert.deepEqual(await quotes(page), [
      'Fingerprint kits arrived in October.',
      'Managing Mobility Beyond the Emergency',
      'Herders, traders and seasonal',
    ]);
    assert.equal(
      await page.locator('p.count').textContent(),
      'The newest first; reading them all…',
    );
    // The page did ask for it, to read everything once the first screen was drawn.
    for (let i = 0; i < 100 && held.length === 0; i++) await page.waitForTimeout(20);
    assert.equal(held.length, 1);
    await held[0]!.continue();
    await page.locator('p.count[data-count="3"]').filter({ hasText: '3 items' }).waitFor();
    await page.close();
  });

  it('narrows the list as the reader types, ignoring case and accents', async () => {
    const search = notes.locator('input[name="q"]');
    await search.pressSequentially('MOBIL');
    await notes.waitForSelector('[data-notes-list][data-query="MOBIL"]');
    assert.deepEqual(await quotes(notes), ['Managing Mobility Beyond the Emergency']);
    await search.fill('');
    await search.pressSequentially('fingérprint');
    await notes.waitForSelector('[data-notes-list][data-query="fingérprint"]');
    assert.deepEqual(await quotes(notes), ['Fingerprint kits arrived in October.']);
    await search.fill('nothing like this');
    await notes.locator('[data-empty="no-match"]').waitFor();
    await notes.locator('[data-empty="no-match"] button').click();
    assert.equal(await search.inputValue(), '');
    assert.equal((await quotes(notes)).length, 3);
  });

  it('filters by issue and by colour', async () => {
    await notes.locator('select[name="issue"]').selectOption('0313');
    assert.deepEqual(await quotes(notes), [
      'Managing Mobility Beyond the Emergency',
      'Herders, traders and seasonal',
    ]);
    await notes.locator('select[name="color"]').selectOption('green');
    assert.deepEqual(await quotes(notes), ['Managing Mobility Beyond the Emergency']);
    await notes.locator('[data-action="clear-filters"]').click();
    assert.equal((await quotes(notes)).length, 3);
  });

  it('edits a note, tags and colour in place, kept after a reload', async () => {
    const item = notes.locator('[data-item]', { hasText: 'Herders, traders' });
    await item.locator('[data-action="edit"]').click();
    await item.locator('textarea[name="note"]').fill('Seasonal <b>routes</b> & borders');
    await item.locator('input[name="tags"]').fill('sahel, mobility');
    await item.locator('input[type="radio"][value="purple"]').check();
    await item.locator('textarea[name="note"]').press('Control+Enter');
    await item.locator('.note').waitFor();
    // Focus goes back to the item's Edit button.
    assert.equal(
      await notes.evaluate(() => document.activeElement?.getAttribute('data-action')),
      'edit',
    );
    await notes.reload();
    const again = notes.locator('[data-item]', { hasText: 'Herders, traders' });
    await again.waitFor();
    assert.equal(await again.locator('.note').textContent(), 'Seasonal <b>routes</b> & borders');
    assert.equal(await again.locator('.note b').count(), 0);
    assert.equal(await again.locator('.tags').textContent(), '#sahel #mobility');
    assert.equal(await again.getAttribute('data-color'), 'purple');
    // The tag can now be filtered on and searched for.
    await notes.locator('select[name="tag"]').selectOption('sahel');
    assert.deepEqual(await quotes(notes), ['Herders, traders and seasonal']);
    await notes.locator('[data-action="clear-filters"]').click();
  });

  it('deletes with Undo, and a deletion not undone holds after a reload', async () => {
    const item = () => notes.locator('[data-item]', { hasText: 'Managing Mobility' });
    await item().locator('[data-action="delete"]').click();
    await item().waitFor({ state: 'detached' });
    // Focus moves to Undo, so the keyboard can take the deletion back at once.
    const undo = notes.locator('[data-toast] button:text("Undo")');
    await undo.waitFor();
    assert.equal(await undo.evaluate((b) => b === document.activeElement), true);
    await notes.keyboard.press('Enter');
    await item().waitFor();
    await item().locator('[data-action="delete"]').click();
    await item().waitFor({ state: 'detached' });
    await notes.reload();
    await notes.locator('[data-item]').first().waitFor();
    assert.deepEqual(await quotes(notes), [
      'Fingerprint kits arrived in October.',
      'Herders, traders and seasonal',
    ]);
  });

  it('shows a highlight made in another tab without being reloaded', async () => {
    const tab = await open(december.url);
    await highlight(tab, 'Food is the', 'other worry.');
    await notes.locator('[data-item]', { hasText: 'Food is the other worry.' }).waitFor();
    assert.equal((await quotes(notes))[0], 'Food is the other worry.');
    await tab.close();
  });
});
