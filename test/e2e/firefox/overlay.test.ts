// End to end in real Firefox (firefox-esr through puppeteer-core, the Firefox build installed as a
// temporary add-on): the fixture pages served at their afsa.org addresses, over https:// and
// http://. What a reader sees: the right names marked on both FlippingBook layouts (the SEO page
// and basic-html) and on an HTML article, nothing on a page without an article, the text
// unchanged, and the term card on hover and from the keyboard.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchFirefox, type LaunchedFirefox } from '../../../scripts/browser/launchFirefox';
import { fixturePages, readManifest, type FixturePage } from '../../../scripts/browser/serve';
import type { Page } from 'puppeteer-core';
import { countsOn, inUi, openFsjPage, parkPointer } from './tabActions';

const fixtures = readManifest();
const seo = fixtures.find((f) => f.file === 'seo-0313-page28.html')!;
const basicHtml = fixtures.find((f) => f.layout === 'basic-html')!;
const overHttp = (page: FixturePage) => page.url.replace(/^https:/, 'http:');
/** The same HTML at an address the extension does not run on: what the page looks like without us. */
const plainUrl = (page: FixturePage) => `https://plain.example.org/${page.file}`;
let firefox: LaunchedFirefox;

before(async () => {
  const pages = fixturePages(fixtures);
  firefox = await launchFirefox({
    pages: [
      ...pages,
      ...pages.map((p, i) => ({ url: overHttp(fixtures[i]!), html: p.html })),
      ...pages.map((p, i) => ({ url: plainUrl(fixtures[i]!), html: p.html })),
    ],
  });
});
after(async () => {
  await firefox?.close();
});

async function visibleText(url: string): Promise<string> {
  const tab = await firefox.newTab(url);
  const text = await tab.evaluate(() => document.body.innerText);
  await tab.close();
  return text;
}

describe('marking the names an article gives, in Firefox', () => {
  for (const fixture of fixtures) {
    it(`marks exactly the expected names on ${fixture.file} (${fixture.layout}), text unchanged`, async () => {
      const plain = await visibleText(plainUrl(fixture));
      const tab = await openFsjPage(firefox, fixture.url);
      const state = await tab.evaluate(() => document.documentElement.dataset.glossState);
      assert.equal(state, fixture.layout === 'none' ? 'no-article' : 'ready');
      assert.deepEqual(await countsOn(tab), fixture.expected);
      assert.equal(await tab.evaluate(() => document.body.innerText), plain);
      await tab.close();
    });
  }

  for (const fixture of [seo, basicHtml]) {
    it(`marks the same names at the http:// address of ${fixture.file}`, async () => {
      const tab = await openFsjPage(firefox, overHttp(fixture));
      assert.equal(await tab.evaluate(() => location.protocol), 'http:');
      assert.equal(await tab.evaluate(() => document.documentElement.dataset.glossState), 'ready');
      assert.deepEqual(await countsOn(tab), fixture.expected);
      await tab.close();
    });
  }
});

/** The term card's text, or null when no card is open. */
const cardText = async (tab: Page) =>
  (await inUi(tab, '.card').count()) === 0 ? null : inUi(tab, '.card').textContent();

describe('the term card, in Firefox', () => {
  it('opens on hover on the SEO page, says what the body is, and closes when the pointer leaves', async () => {
    const tab = await openFsjPage(firefox, seo.url);
    assert.equal(await cardText(tab), null);
    await tab.hover('[data-gloss-term="iom"]');
    await inUi(tab, '.card').waitFor();
    const text = (await cardText(tab))!;
    assert.match(text, /International Organization for Migration/);
    assert.match(text, /\(IOM\)/);
    assert.match(text, /Named 3 times in this article/);
    assert.match(text, /Geneva/);
    await parkPointer(tab);
    await inUi(tab, '.card').waitFor({ state: 'detached' });
    await tab.close();
  });

  it('opens on hover on the basic-html page, over a name split between two text runs', async () => {
    const tab = await openFsjPage(firefox, basicHtml.url);
    // "U.S. Agency for" | "International Development": one occurrence in two runs.
    const parts = await tab.$$eval('[data-gloss-term="usaid"]', (els) =>
      els.map((e) => e.getAttribute('data-gloss-occurrence')),
    );
    assert.ok(parts.length > new Set(parts).size, `usaid parts: ${parts.join(', ')}`);
    await tab.hover('[data-gloss-term="usaid"]');
    await inUi(tab, '.card').waitFor();
    const text = (await cardText(tab))!;
    assert.match(text, /U\.S\. Agency for International Development/);
    assert.match(text, /Named 2 times in this article/);
    await tab.close();
  });

  it('opens from the keyboard and closes on Esc, handing focus back to the name', async () => {
    const tab = await openFsjPage(firefox, seo.url);
    let focused: string | null = null;
    for (let i = 0; i < 20 && focused === null; i++) {
      await tab.keyboard.press('Tab');
      focused = await tab.evaluate(
        () => document.activeElement?.getAttribute('data-gloss-term') ?? null,
      );
    }
    assert.equal(focused, 'iom');
    assert.match((await cardText(tab)) ?? '', /International Organization/);
    await tab.keyboard.press('Escape');
    assert.equal(await cardText(tab), null);
    assert.equal(
      await tab.evaluate(() => document.activeElement?.getAttribute('data-gloss-term')),
      'iom',
    );
    await tab.close();
  });
});
