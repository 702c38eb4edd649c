// End to end: the page as an attacker. A script on an afsa.org page (its own, or a third party's)
// sees every element of the page; it tries to make the extension show or save the reader's data
// by forging what the extension paints and what the reader does, and by copying an article's text
// at another address with a canonical link naming it. Each attempt gets nothing, and the reader's
// data is as it was. The reader's own gestures are made with Playwright's real mouse and keyboard.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { highlight, inUi, openPopupFor, paintedTexts } from './pageActions';

const demo = demoPage();
const html = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');
/** Another afsa.org site serving a copy of the article, its canonical link naming the original. */
const COPY_URL = 'https://forum.afsa.org/copied-article.html';
const copy = html.replace('<head>', `<head><link rel="canonical" href="${demo.url}">`);
type ExtensionApi = typeof import('wxt/browser').browser;
const NOTE = 'Ask the regional office about the 2019 figures';
let browser: LaunchedBrowser;

before(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [
    { url: demo.url, html: () => html },
    { url: COPY_URL, html: () => copy },
  ]);
  // The reader's data: a highlight on the article and a note on IOM, made with the real keyboard.
  const tab = await open(demo.url);
  await highlight(tab, 'Human mobility managed', 'with care');
  await tab.locator('[data-gloss-term="iom"]').first().focus();
  await inUi(tab, '[data-action="add-term-note"]').click();
  await inUi(tab, '.term-notes textarea').fill(NOTE);
  await inUi(tab, '.term-notes button[type="submit"]').click();
  await inUi(tab, '.term-note').waitFor();
  await tab.keyboard.press('Escape');
  await tab.close();
});
after(() => browser?.close());

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

/** Every text the page's scripts can read: the document and each open shadow root in it. */
function textThePageCanRead(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    const texts: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root !== undefined; root = roots.pop()) {
      texts.push(root instanceof Document ? root.documentElement.textContent : root.textContent);
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        for (const name of element.getAttributeNames()) texts.push(element.getAttribute(name)!);
      }
    }
    return texts.join('\n');
  });
}

/** What the extension's own popup, speaking for `tab`, learns: where the tab's page is filed,
 * and the quotes of the highlights the database holds for that address. */
async function filedAs(tab: Page): Promise<{ url: string; quotes: string[] }> {
  const popup = await openPopupFor(browser, tab);
  const filed = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    const tabId = Number(new URLSearchParams(location.search).get('tab'));
    const article = (await chrome.tabs.sendMessage(tabId, { type: 'gloss:article' })) as {
      page: { url: string };
    };
    const reply = (await chrome.runtime.sendMessage({
      type: 'gloss:highlights:list',
      pageUrl: article.page.url,
    })) as { ok: boolean; value: { quote: string }[] };
    return { url: article.page.url, quotes: reply.value.map((h) => h.quote) };
  });
  await popup.close();
  return filed;
}

describe('a page script attacking the reader’s notes', () => {
  it('probes for the extension at its fixed address: the reader frame’s page is not there', async () => {
    const tab = await open(demo.url);
    // The frame page is web-accessible only at an address made afresh each session.
    const probed = await tab.evaluate(async (id) => {
      try {
        const response = await fetch(`chrome-extension://${id}/reader.html`);
        return `loaded ${response.status}`;
      } catch {
        return 'refused';
      }
    }, browser.extensionId);
    assert.equal(probed, 'refused');
    await tab.close();
  });

  it('forges an occurrence of IOM and focuses it: no card opens, no note is shown', async () => {
    const tab = await open(demo.url);
    // The reader opens IOM's card once, so its text is at hand: a card would now open at once.
    await tab.locator('[data-gloss-term="iom"]').first().focus();
    await inUi(tab, '.card[data-term="iom"]').waitFor();
    await tab.keyboard.press('Escape');
    await inUi(tab, '.card').waitFor({ state: 'detached' });
    await tab.evaluate(() => {
      const forged = document.createElement('fsj-gloss-term');
      forged.setAttribute('data-gloss-term', 'iom');
      forged.setAttribute('data-gloss-occurrence', '9999');
      forged.tabIndex = 0;
      forged.textContent = 'IOM';
      document.body.prepend(forged);
      forged.focus();
      forged.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    assert.equal(await inUi(tab, '.card').count(), 0);
    assert.doesNotMatch(await textThePageCanRead(tab), new RegExp(NOTE));
    await tab.close();
  });

  it('selects text and dispatches pointerup and H itself: nothing is highlighted or saved', async () => {
    const tab = await open(demo.url);
    await tab.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && !node.data.includes('Tracking who has moved')) {
        node = walker.nextNode() as Text | null;
      }
      const range = document.createRange();
      range.setStart(node!, node!.data.indexOf('Tracking'));
      range.setEnd(node!, node!.data.indexOf('Tracking') + 'Tracking who has moved'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      node!.parentElement!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    });
    // The toolbar is offered a task after the pointer is released; two tasks later it would show.
    await tab.evaluate(() => new Promise((done) => setTimeout(() => setTimeout(done, 0), 0)));
    assert.equal(await inUi(tab, '[data-gloss-toolbar]').count(), 0);
    await tab.evaluate(() => {
      for (const type of ['keydown', 'keyup'])
        document.dispatchEvent(new KeyboardEvent(type, { key: 'h', bubbles: true }));
    });
    // A highlight is painted as the key is handled, before it is saved.
    assert.deepEqual(await paintedTexts(tab), ['Human mobility managed with care']);
    assert.deepEqual((await filedAs(tab)).quotes, ['Human mobility managed with care']);
    await tab.close();
  });

  it('clicks the reader’s highlight from script: its card, with the note, does not open', async () => {
    const tab = await open(demo.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.evaluate(() => {
      (document.querySelector('[data-gloss-highlight]') as HTMLElement).click();
    });
    // The card opens as the click is handled.
    assert.equal(await inUi(tab, '[data-highlight-card]').count(), 0);
    // The reader's own click opens it.
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card]').waitFor();
    await tab.close();
  });

  it('copies the article to another afsa.org site, naming it as canonical: no highlight is shown', async () => {
    const tab = await open(COPY_URL);
    // The copy is marked like any afsa.org page, but it is filed under its own address.
    assert.ok((await tab.locator('[data-gloss-term]').count()) > 0);
    assert.deepEqual(await filedAs(tab), { url: COPY_URL, quotes: [] });
    assert.deepEqual(await paintedTexts(tab), []);
    await tab.locator('[data-gloss-term="iom"]').first().focus();
    // The reader's note on IOM is shown to the reader on every page naming IOM, in the reader
    // frame: the copy's scripts cannot read it.
    await inUi(tab, '.term-note').waitFor();
    assert.doesNotMatch(await textThePageCanRead(tab), new RegExp(NOTE));
    await tab.close();
  });

  it('listens to every key on the page while the reader types a note: it hears none of it', async () => {
    const tab = await open(demo.url);
    await tab.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
        window.addEventListener(type, (e) => heard.push((e as KeyboardEvent).key ?? type), true);
      }
    });
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] [data-action="edit"]').click();
    await inUi(tab, '[data-highlight-card] textarea').focus();
    await tab.keyboard.type('Quiet words');
    await inUi(tab, '[data-highlight-card] button[type="submit"]').click();
    await inUi(tab, '[data-highlight-card] .note').waitFor();
    assert.equal(await inUi(tab, '[data-highlight-card] .note').textContent(), 'Quiet words');
    const heard = await tab.evaluate(() => (window as unknown as { heard: string[] }).heard);
    assert.deepEqual(heard, []);
    await tab.close();
  });

  it('reads every element and open shadow root while the card shows the note: none of it', async () => {
    const tab = await open(demo.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] .note').waitFor();
    assert.equal(
      await tab.evaluate(() => document.querySelector('fsj-gloss-card')?.shadowRoot ?? null),
      null,
    );
    const readable = await textThePageCanRead(tab);
    assert.doesNotMatch(readable, /Quiet words/);
    // Nor the note on IOM, with its card open.
    await tab.keyboard.press('Escape');
    await tab.locator('[data-gloss-term="iom"]').first().focus();
    await inUi(tab, '.term-note').waitFor();
    assert.doesNotMatch(await textThePageCanRead(tab), new RegExp(NOTE));
    await tab.close();
  });
});
