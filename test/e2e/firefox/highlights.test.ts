// End to end in real Firefox: highlights and notes on the demo FSJ page at its afsa.org address. A
// reader selects across a line break and presses H; the highlight is painted, saved, and back on
// reload; a note added in its card is kept; the popup (opened as a page) lists the page's bodies
// and highlights and exports the article as Markdown; the notes page, opened from the popup,
// lists what was saved on two FSJ pages by issue and searches it; and a highlight made on the
// page's http:// address (no secure context) is saved too.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from '../../../scripts/browser/launchFirefox';
import { fixturePages, readManifest } from '../../../scripts/browser/serve';
import {
  highlight,
  inUi,
  openFsjPage,
  openPopupFor,
  paintedTexts,
  reloadFsjPage,
  textOf,
} from './tabActions';

const fixtures = readManifest().filter((p) =>
  ['seo-0313-page28.html', 'seo-1208-page17.html'].includes(p.file),
);
const march = fixtures.find((p) => p.file === 'seo-0313-page28.html')!;
const december = fixtures.find((p) => p.file === 'seo-1208-page17.html')!;
const marchOverHttp = march.url.replace(/^https:/, 'http:');
let firefox: LaunchedFirefox;

before(async () => {
  const pages = fixturePages(fixtures);
  const marchPage = pages.find((p) => p.url === march.url)!;
  firefox = await launchFirefox({
    pages: [...pages, { url: marchOverHttp, html: marchPage.html }],
  });
});
after(async () => {
  await firefox?.close();
});

async function openReady(url: string): Promise<Page> {
  const tab = await openFsjPage(firefox, url);
  await tab.waitForSelector('html[data-gloss-state="ready"]');
  return tab;
}

/** What the extension's UI last announced in the page (its live regions, the last one). */
const statusText = (tab: Page) =>
  tab.$$eval(inUi('[role="status"]'), (regions) => regions.at(-1)?.textContent ?? '');

const NOTE = 'Compare <b>DTM</b> figures & dates';

describe('highlighting a passage, in Firefox', () => {
  it('paints a selection across a line break when H is pressed, and says it is saved', async () => {
    const tab = await openReady(march.url);
    const before = await tab.evaluate(() => document.body.innerText);
    await highlight(tab, 'Tracking who has moved', 'they have settled');
    assert.deepEqual(await paintedTexts(tab), ['Tracking who has moved, wherethey have settled']);
    assert.equal(await tab.evaluate(() => document.body.innerText), before);
    assert.match(await statusText(tab), /Highlight saved/);
    await tab.close();
  });

  it('brings it back when the page is opened again and when it is reloaded', async () => {
    const tab = await openReady(march.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.deepEqual(await paintedTexts(tab), ['Tracking who has moved, wherethey have settled']);
    await reloadFsjPage(tab);
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.deepEqual(await paintedTexts(tab), ['Tracking who has moved, wherethey have settled']);
    await tab.close();
  });

  it('adds a note and tags from the highlight card, shown as text after a reload', async () => {
    const tab = await openReady(march.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').click();
    await tab.locator(inUi('[data-highlight-card] [data-action="edit"]')).click();
    await tab.locator(inUi('[data-highlight-card] textarea')).fill(NOTE);
    await tab.locator(inUi('[data-highlight-card] input[name="tags"]')).fill('mali, displacement');
    await tab.locator(inUi('[data-highlight-card] button[type="submit"]')).click();
    await tab.waitForSelector(inUi('[data-highlight-card] .note'));
    await reloadFsjPage(tab);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').click();
    // Rendered as text: the angle brackets are shown, no element is made.
    assert.equal(await textOf(tab, inUi('[data-highlight-card] .note')), NOTE);
    assert.equal(await tab.$(inUi('[data-highlight-card] .note b')), null);
    assert.equal(await textOf(tab, inUi('[data-highlight-card] .tags')), '#mali #displacement');
    await tab.close();
  });
});

describe('the popup, opened as a page, in Firefox', () => {
  it('lists the bodies the article names with their counts, and this page’s highlight', async () => {
    const tab = await openReady(march.url);
    const popup = await openPopupFor(firefox, tab);
    await popup.waitForSelector('.terms');
    assert.match(await textOf(popup, '[data-state="ready"]'), /Article found/);
    const listed = await popup.$$eval('.term', (buttons) =>
      Object.fromEntries(
        buttons.map((b) => [
          b.getAttribute('data-term'),
          Number(b.querySelector('.term-count')!.textContent),
        ]),
      ),
    );
    assert.deepEqual(listed, march.expected);
    assert.equal(
      await textOf(popup, '[data-highlight] .quote'),
      'Tracking who has moved, where they have settled',
    );
    assert.equal(await textOf(popup, '[data-highlight] .note'), NOTE);
    await popup.close();
    await tab.close();
  });

  it('downloads the article’s highlights as Markdown named after the FSJ issue and page', async () => {
    const tab = await openReady(march.url);
    const popup = await openPopupFor(firefox, tab);
    const button = await popup.waitForSelector('[data-action="download-markdown"]');
    const { name, text } = await firefox.nextDownload(() => button!.click());
    assert.equal(name, 'fsj-2013-03-p28.md');
    assert.match(text, /^---\ntitle: "[^"\n]+"\n/);
    assert.match(
      text,
      /\nsource: "https:\/\/www\.afsa\.org\/sites\/default\/files\/flipping_book\/0313\//,
    );
    assert.match(text, /\n> Tracking who has moved, where\n> they have settled\n/);
    assert.match(text, /page28\.html#:~:text=Tracking%20who%20has%20moved/);
    // The note as its own paragraph, escaped so that it stays text; then colour and tags.
    assert.match(text, /\n\nCompare \\<b\\>DTM\\<\/b\\> figures \\& dates\n\n- Colour: Yellow\n/);
    assert.match(text, /\n- Tags: #mali #displacement\n/);
    await popup.close();
    await tab.close();
  });
});

/**
 * The notes page's list as the reader sees it: issue → page heading → quotes, in order. A quote
 * keeps its line breaks there (white-space: pre-wrap). Read as textContent: items out of sight
 * skip layout, so their innerText is empty.
 */
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

describe('the notes page, in Firefox', () => {
  it('opens from the popup and lists highlights of two pages by issue and page, newest first', async () => {
    const tab = await openReady(december.url);
    await highlight(tab, 'Fingerprint kits', 'in October.');
    const popup = await openPopupFor(firefox, tab);
    await popup.waitForSelector('[data-highlight]');
    const known = new Set(firefox.browser.targets());
    const opened = firefox.browser.waitForTarget((t) => t.type() === 'page' && !known.has(t));
    await popup.click('[data-action="open-notes"]');
    const notes = (await (await opened).page())!;
    notes.setDefaultTimeout(60_000);
    await notes.waitForFunction(() => location.pathname === '/notes.html');
    await notes.waitForSelector('[data-notes-list] [data-item]:nth-of-type(1)');
    await notes.waitForFunction(() => document.querySelectorAll('[data-item]').length === 2);
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
            quotes: ['Tracking who has moved, where\nthey have settled'],
          },
        ],
      },
    ]);

    // Search as the reader types, ignoring case and accents.
    await notes.type('input[name="q"]', 'fingérprint');
    await notes.waitForSelector('[data-notes-list][data-query="fingérprint"]');
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
    ]);
    await notes.close();
    await tab.close();
  });
});

describe('on an http:// address, outside a secure context, in Firefox', () => {
  it('saves a highlight made on the page’s http:// address, and brings it back on reload', async () => {
    const tab = await openReady(marchOverHttp);
    assert.equal(await tab.evaluate(() => window.isSecureContext), false);
    await highlight(tab, 'Human mobility managed', 'with care');
    assert.match(await statusText(tab), /Highlight saved/);
    await reloadFsjPage(tab);
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.ok((await paintedTexts(tab)).includes('Human mobility managed with care'));
    await tab.close();
  });
});
