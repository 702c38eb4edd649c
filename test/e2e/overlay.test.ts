// End to end: the built extension in real Chromium, on fixture pages served at their afsa.org
// addresses. What a reader sees: the right names marked and no others, the text unchanged, the card
// on hover and from the keyboard, the popup's list and switch.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  type LaunchedBrowser,
} from '../../scripts/browser/launch';
import { readManifest, servePages, type FixturePage } from '../../scripts/browser/serve';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/browser/serve';
import { countsOn, inUi, openPopupFor } from './pageActions';

let browser: LaunchedBrowser;
let fixtures: FixturePage[];
/** The same HTML at an address the extension does not run on: what the page looks like without us. */
const plainUrl = (page: FixturePage) => `https://plain.example.org/${page.file}`;

before(async () => {
  browser = await launchWithExtension();
  fixtures = readManifest();
  const html = (f: FixturePage) => () => readFileSync(join(FIXTURES_DIR, f.file), 'utf8');
  await servePages(browser.context, [
    ...fixtures.map((f) => ({ url: f.url, html: html(f) })),
    ...fixtures.map((f) => ({ url: plainUrl(f), html: html(f) })),
  ]);
});
after(async () => {
  await browser?.close();
});

async function openFixture(page: FixturePage): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(page.url);
  await tab.waitForSelector('html[data-gloss-state]', { timeout: 15_000 });
  return tab;
}

async function plainText(page: FixturePage): Promise<{ text: string; html: string }> {
  const tab = await browser.context.newPage();
  await tab.goto(plainUrl(page));
  const result = await tab.evaluate(() => ({
    text: document.body.innerText,
    html: document.body.innerHTML,
  }));
  await tab.close();
  return result;
}

/** The term card's text, or null when no card is open. */
const cardText = async (tab: Page) =>
  (await inUi(tab, '.card').count()) === 0 ? null : inUi(tab, '.card').textContent();

describe('the built extension', () => {
  // `_grabArticle` is a method of Readability's, a name the minifier keeps.
  const carriesReadability = (file: string) =>
    readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('_grabArticle');

  it('carries Readability only in the document that reads pages', () => {
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => `chunks/${f}`);
    const readers = chunks.filter(carriesReadability);
    assert.deepEqual(
      readers.map((f) => f.replace(/-[\w-]+\.js$/, '')),
      ['chunks/offscreen'],
    );
    assert.equal(carriesReadability('background.js'), false);
    assert.equal(carriesReadability('content-scripts/content.js'), false);
  });

  it('has its mark at 16, 32, 48 and 128 px, for the toolbar button too', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const sizes = ['16', '32', '48', '128'];
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      assert.deepEqual(Object.keys(icons), sizes);
      for (const size of sizes) {
        // A PNG's width and height, big-endian, at bytes 16 and 20 of its header chunk.
        const png = readFileSync(join(EXTENSION_DIR, icons[size]));
        assert.equal(png.toString('latin1', 1, 4), 'PNG', icons[size]);
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [+size, +size]);
      }
    }
  });
});

describe('marking the names an article gives', () => {
  it('marks exactly the expected occurrences on every fixture page, and sets the state', async () => {
    for (const fixture of fixtures) {
      const tab = await openFixture(fixture);
      const state = await tab.getAttribute('html', 'data-gloss-state');
      assert.equal(state, fixture.layout === 'none' ? 'no-article' : 'ready', fixture.file);
      assert.deepEqual(await countsOn(tab), fixture.expected, fixture.file);
      await tab.close();
    }
  });

  it('never marks the site header, navigation, toolbars or footers', async () => {
    for (const fixture of fixtures) {
      const tab = await openFixture(fixture);
      const outside = await tab.evaluate(
        () =>
          document.querySelectorAll(
            [
              '.seo-header [data-gloss-term]',
              '.seo-nav [data-gloss-term]',
              '.seo-footer [data-gloss-term]',
              '#toolbar [data-gloss-term]',
              'header [data-gloss-term]',
              'nav [data-gloss-term]',
              'footer [data-gloss-term]',
              'aside [data-gloss-term]',
            ].join(','),
          ).length,
      );
      assert.equal(outside, 0, fixture.file);
      await tab.close();
    }
  });

  it('leaves the visible text of every page exactly as it was', async () => {
    for (const fixture of fixtures) {
      const plain = await plainText(fixture);
      const tab = await openFixture(fixture);
      assert.equal(await tab.evaluate(() => document.body.innerText), plain.text, fixture.file);
      await tab.close();
    }
  });
});

describe('the term card', () => {
  it('opens after hovering a name, says what the body is, and closes when the pointer leaves', async () => {
    const demo = fixtures.find((f) => f.file === 'seo-0313-page28.html')!;
    const tab = await openFixture(demo);
    assert.equal(await cardText(tab), null);
    await tab.hover('[data-gloss-term="iom"]');
    await inUi(tab, '.card').waitFor();
    const text = (await cardText(tab))!;
    assert.match(text, /International Organization for Migration/);
    assert.match(text, /\(IOM\)/);
    assert.match(text, /Named 3 times in this article/);
    assert.match(text, /Geneva/);
    // The card does not cover the name it belongs to.
    const term = (await tab.locator('[data-gloss-term="iom"]').first().boundingBox())!;
    const card = (await inUi(tab, '.card').boundingBox())!;
    const overlap = !(
      card.y + card.height <= term.y ||
      card.y >= term.y + term.height ||
      card.x + card.width <= term.x ||
      card.x >= term.x + term.width
    );
    assert.equal(overlap, false);
    await tab.mouse.move(1150, 880);
    await inUi(tab, '.card').waitFor({ state: 'detached' });
    await tab.close();
  });

  it('opens from the keyboard and closes on Esc, handing focus back to the name', async () => {
    const demo = fixtures.find((f) => f.file === 'seo-0313-page28.html')!;
    const tab = await openFixture(demo);
    let focused: string | null = null;
    for (let i = 0; i < 20 && focused === null; i++) {
      await tab.keyboard.press('Tab');
      focused = await tab.evaluate(
        () => document.activeElement?.getAttribute('data-gloss-term') ?? null,
      );
    }
    assert.equal(focused, 'iom');
    assert.match((await cardText(tab)) ?? '', /International Organization for Migration/);
    await tab.keyboard.press('Escape');
    assert.equal(await cardText(tab), null);
    assert.equal(
      await tab.evaluate(() => document.activeElement?.getAttribute('data-gloss-term')),
      'iom',
    );
    await tab.close();
  });
});

describe('the popup', () => {
  it('lists the bodies the article names with their counts, and a click scrolls to the first', async () => {
    const fixture = fixtures.find((f) => f.layout === 'article')!;
    const tab = await openFixture(fixture);
    const popup = await openPopupFor(browser, tab);
    await popup.waitForSelector('.terms');
    assert.match(await popup.locator('[data-state="ready"]').innerText(), /Article found/);
    const listed = await popup.$$eval('.term', (buttons) =>
      Object.fromEntries(
        buttons.map((b) => [
          b.getAttribute('data-term'),
          Number(b.querySelector('.term-count')!.textContent),
        ]),
      ),
    );
    assert.deepEqual(listed, fixture.expected);
    await popup.click('.term[data-term="ecosoc"]');
    await tab.waitForFunction(
      () => document.activeElement?.getAttribute('data-gloss-term') === 'ecosoc',
    );
    await popup.close();
    await tab.close();
  });

  it('says when there is no article, and can annotate the whole page anyway', async () => {
    const fixture = fixtures.find((f) => f.layout === 'none')!;
    const tab = await openFixture(fixture);
    assert.equal(await tab.getAttribute('html', 'data-gloss-state'), 'no-article');
    assert.equal(await tab.locator('[data-gloss-term]').count(), 0);
    const popup = await openPopupFor(browser, tab);
    await popup.waitForSelector('[data-state="no-article"]');
    await popup.click('text=Annotate the whole page anyway');
    await popup.waitForSelector('[data-state="ready"]');
    assert.match(await popup.locator('[data-state="ready"]').innerText(), /Whole page annotated/);
    assert.ok((await tab.locator('[data-gloss-term]').count()) > 0, 'the nav names are now marked');
    await popup.close();
    await tab.close();
  });

  it('switches the overlay off for the site, restoring the page exactly, and remembers it', async () => {
    const fixture = fixtures.find((f) => f.file === 'seo-1208-page17.html')!;
    const plain = await plainText(fixture);
    const tab = await openFixture(fixture);
    const popup = await openPopupFor(browser, tab);
    await popup.waitForSelector('.switch input:checked');
    await popup.click('.switch input');
    await tab.waitForSelector('html[data-gloss-state="off"]');
    assert.equal(await tab.evaluate(() => document.body.innerHTML), plain.html);
    // Remembered: a new visit to the site stays off.
    const again = await openFixture(fixture);
    assert.equal(await again.getAttribute('html', 'data-gloss-state'), 'off');
    assert.equal(await again.locator('[data-gloss-term]').count(), 0);
    // And back on.
    await popup.click('.switch input');
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    assert.deepEqual(await countsOn(tab), fixture.expected);
    await Promise.all([popup.close(), tab.close(), again.close()]);
  });
});
