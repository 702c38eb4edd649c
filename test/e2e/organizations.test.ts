// End to end: the index of organizations in the built extension in real Chromium. A reader opens
// an FSJ page (served at its afsa.org address), which the background records as naming the bodies
// it marks; opens the index from the popup and finds every body of the glossary, IOM by its
// acronym, only the page's bodies when asking for those met, the page under a body it names, and
// a highlight saved on the page afterwards appearing under the body without a reload. Screenshots
// in light and dark are written to .output/ for a look at the layout.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { GLOSSARY } from '../../lib/glossary/entries';
import { highlight, openPopupFor } from './pageActions';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const fixture = demoPage();
let browser: LaunchedBrowser;
let tab: Page;
let index: Page;
/** The bodies the page marks, as its `data-gloss-term` attributes say. */
let marked: string[];

before(async () => {
  browser = await launchWithExtension();
  const html = readFileSync(join(FIXTURES_DIR, fixture.file), 'utf8');
  await servePages(browser.context, [{ url: fixture.url, html: () => html }]);
});
after(async () => {
  await browser?.close();
});

/** The ids of the rows listed, in order. */
const listed = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('details.org')].map((d) => d.getAttribute('data-entry')!),
  );
const row = (page: Page, id: string) => page.locator(`details.org[data-entry="${id}"]`);

async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel('Search by name or acronym').fill(query);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLInputElement>('input[type="search"]')!.value === q,
    query,
  );
}

describe('the index of organizations', () => {
  it('opens from the popup and lists every body of the glossary', async () => {
    tab = await browser.context.newPage();
    await tab.goto(fixture.url);
    await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
    marked = await tab.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('[data-gloss-term]')].map((e) =>
          e.getAttribute('data-gloss-term')!,
        ),
      ),
    ]);
    assert.deepEqual([...marked].sort(), Object.keys(fixture.expected).sort());

    const popup = await openPopupFor(browser, tab);
    [index] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().endsWith('/organizations.html')),
      popup.locator('[data-action="open-organizations"]').click(),
    ]);
    await index.waitForSelector('details.org');
    assert.equal(await index.title(), 'FSJ Gloss: organizations');
    const heading = index.locator('h1');
    assert.equal(await heading.getAttribute('data-total'), String(GLOSSARY.length));
    assert.equal(
      Number(((await heading.locator('.total').textContent()) ?? '').replace(/\D/g, '')),
      GLOSSARY.length,
    );
    assert.equal((await listed(index)).length, GLOSSARY.length);
    assert.equal(await index.locator('.count').getAttribute('data-count'), String(GLOSSARY.length));
    // Grouped by kind, each group a section with its heading.
    const kinds = await index.locator('section.kind > h2').count();
    assert.ok(kinds > 5, `${kinds} kinds`);
  });

  it('finds the International Organization for Migration by its acronym', async () => {
    await search(index, 'IOM');
    await row(index, 'iom').waitFor();
    assert.match(
      (await row(index, 'iom').locator('summary').textContent()) ?? '',
      /^International Organization for Migration\s*IOM/,
    );
    const status = index.locator('.count');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.match((await status.textContent()) ?? '', /^\d+ of [\d,]+ bodies$/);
    await search(index, 'no such body anywhere');
    assert.equal(
      await index.locator('[data-empty="no-match"]').textContent({ timeout: 5_000 }),
      'No body in the glossary matches “no such body anywhere”. Show every body',
    );
    await search(index, '');
  });

  it('with "Only those I have met", lists exactly the bodies the page names', async () => {
    // The background records the page once it has read it: the index follows the database.
    await index.locator('details.org[data-entry="iom"][data-met]').waitFor({ timeout: 10_000 });
    await index.getByLabel('Only those I have met').check();
    await index.waitForFunction(
      (n) => document.querySelectorAll('details.org').length === n,
      marked.length,
    );
    assert.deepEqual((await listed(index)).sort(), [...marked].sort());
    assert.equal(
      await index.locator('.count').textContent(),
      `${marked.length} of ${GLOSSARY.length.toLocaleString('en-US')} bodies`,
    );
  });

  it('lists the page under a body it names, as a link, with how often it names it', async () => {
    const iom = row(index, 'iom');
    assert.equal(await iom.locator('.org-body').count(), 0, 'drawn before it is opened');
    await iom.locator('summary').click();
    const link = iom.locator('[data-list="pages"] a');
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), fixture.url);
    // The title as the page was read (Readability drops FlippingBook's " - March 2013"), and
    // the issue beside it.
    const title = (await link.textContent()) ?? '';
    assert.ok(title !== '' && (await tab.title()).startsWith(title), title);
    assert.match(
      (await iom.locator('[data-list="pages"] li .meta').textContent()) ?? '',
      /^FSJ March 2013 · /,
    );
    assert.match(
      (await iom.locator('[data-list="pages"] li').textContent()) ?? '',
      new RegExp(`named ${fixture.expected.iom} times`),
    );
    assert.match((await iom.locator('.org-met').textContent()) ?? '', /^1 page$/);
    // Only this row's body is drawn.
    assert.equal(await index.locator('.org-body').count(), 1);
  });

  it('shows a highlight saved on the page under the body, without a reload', async () => {
    await tab.bringToFront();
    await highlight(tab, 'For more than a decade', 'helped convene');
    await index.bringToFront();
    const iom = row(index, 'iom');
    const quote = iom.locator('[data-list="highlights"] .quote');
    await quote.waitFor({ timeout: 10_000 });
    assert.equal(await quote.textContent(), 'For more than a decade, IOM has helped convene');
    assert.match((await iom.locator('.org-met').textContent()) ?? '', /^1 page · 1 highlight$/);
  });

  it('reflows at 200% zoom and looks right in light and dark (screenshots)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await index.emulateMedia({ colorScheme: scheme });
      await index.setViewportSize({ width: 1200, height: 900 });
      await index.screenshot({ path: join(OUTPUT, `organizations-${scheme}.png`) });
    }
    await index.emulateMedia({ colorScheme: 'light' });
    await index.getByLabel('Only those I have met').uncheck();
    await index.setViewportSize({ width: 600, height: 900 });
    const overflow = await index.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [...document.querySelectorAll('button, input, a, summary')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 1 || r.left < -1);
        })
        .map((e) => e.outerHTML.slice(0, 80));
      return { scrolls: document.documentElement.scrollWidth > width + 1, outside };
    });
    assert.equal(overflow.scrolls, false, 'the page scrolls sideways');
    assert.deepEqual(overflow.outside, []);
    await index.screenshot({ path: join(OUTPUT, 'organizations-zoom.png') });
  });
});
