// End to end in real Firefox: highlights and notes on the demo FSJ page at its afsa.org address. A
// reader selects across a line break and presses H; the highlight is painted, saved, and back on
// reload; the notes page, opened from the popup (opened as a page), lists what was saved on two
// FSJ pages by issue, searches it, and takes a note and tags in place; the popup lists the page's
// bodies and highlights with that note and exports the article as Markdown; a highlight made on
// the page's http:// address (no secure context) is saved too. What the reader frame draws on the
// page: a highlight's card, the note editor from the toolbar, notes on an organization.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from '../../../scripts/browser/launchFirefox';
import { fixturePages, readManifest } from '../../../scripts/browser/serve';
import {
  highlight,
  inUi,
  notesItem,
  openFsjPage,
  openPopupFor,
  paintedTexts,
  reloadFsjPage,
  selectText,
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
const statusText = async (tab: Page) =>
  (await inUi(tab, '[role="status"]').last().textContent()) ?? '';

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
    // Firefox has a sidebar, not a side panel: the popup offers it by its own name.
    assert.equal(await textOf(popup, '[data-action="open-side-panel"]'), 'Open in sidebar');
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

  it('takes a note and tags in place, kept after a reload and shown as text', async () => {
    const notes = await firefox.openExtensionPage('notes.html');
    const item = await notesItem(notes, 'Tracking who has moved');
    await (await item.$('[data-action="edit"]'))!.click();
    await (await item.waitForSelector('textarea[name="note"]'))!.type(NOTE);
    await (await item.$('input[name="tags"]'))!.type('mali, displacement');
    await notes.keyboard.down('Control');
    await notes.keyboard.press('Enter');
    await notes.keyboard.up('Control');
    await item.waitForSelector('.note');
    await firefox.gotoExtensionPage(notes, 'notes.html');
    const again = await notesItem(notes, 'Tracking who has moved');
    // Rendered as text: the angle brackets are shown, no element is made.
    assert.equal(await again.$eval('.note', (e) => e.textContent), NOTE);
    assert.equal(await again.$('.note b'), null);
    assert.equal(await again.$eval('.tags', (e) => e.textContent), '#mali #displacement');
    await notes.close();
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

describe('what the reader frame draws on the page, in Firefox', () => {
  it('opens a saved highlight’s card on click, with its quote (reader frame)', async () => {
    const tab = await openReady(march.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').click();
    await inUi(tab, '[data-highlight-card]').waitFor();
    assert.match(
      (await inUi(tab, '[data-highlight-card] .quote').textContent()) ?? '',
      /^Tracking who has moved, where\s*they have settled$/,
    );
    await tab.close();
  });

  it('adds a note from the toolbar’s N on a new selection (reader frame)', async () => {
    const tab = await openReady(march.url);
    await selectText(tab, 'Herders, traders', 'seasonal');
    await inUi(tab, '[data-gloss-toolbar]').waitFor();
    await tab.keyboard.press('n');
    await inUi(tab, 'textarea').waitFor();
    await inUi(tab, 'textarea').fill('Who crosses where');
    await inUi(tab, 'button[type="submit"]').click();
    await tab.waitForFunction(
      () =>
        document.querySelector('[data-gloss-highlight]:not([data-gloss-save])') !== null &&
        [...document.querySelectorAll('[data-gloss-highlight]')].some((e) =>
          e.textContent?.startsWith('Herders'),
        ),
    );
    await tab.close();
  });

  it('keeps a note added in a term card, shown in the card on the next visit (reader frame)', async () => {
    let tab = await openReady(march.url);
    await tab.focus('[data-gloss-term="gfmd"]');
    await inUi(tab, '[data-action="add-term-note"]').waitFor();
    await inUi(tab, '[data-action="add-term-note"]').click();
    await inUi(tab, '.term-notes textarea').fill('State-led, outside the U.N. system.');
    await inUi(tab, '.term-notes button[type="submit"]').click();
    await inUi(tab, '.term-note').waitFor();
    await tab.close();
    tab = await openReady(march.url);
    await tab.focus('[data-gloss-term="gfmd"]');
    assert.equal(
      await inUi(tab, '.term-note .note').textContent(),
      'State-led, outside the U.N. system.',
    );
    await tab.close();
  });
});
