// End to end: the extension's own pages (notes, options, popup, index of organizations) follow the
// browser's colour scheme, their text is read at 14 px or more (not Chromium's 75% for extension
// pages), and at 200% zoom (a 600 px wide layout viewport, what a 1200 px window lays out at 200%) nothing
// runs off the side: no page scrolls sideways and every control stays inside the window. The card
// on an FSJ page follows the dark scheme too.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, servePages, FIXTURES_DIR } from '../../scripts/browser/serve';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inUi } from '../../scripts/browser/extensionUi';

const PAGES = ['notes.html', 'options.html', 'popup.html'];

let browser: LaunchedBrowser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 255, g = 255, b = 255] = parts;
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

async function open(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForLoadState('load');
  await page.waitForSelector('#app *', { timeout: 10_000 });
  return page;
}

/**
 * The page's background as the reader sees it: body's, else html's, else the canvas (which
 * `color-scheme` turns dark), and the colour of its main text.
 */
function colours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const none = 'rgba(0, 0, 0, 0)';
    const body = getComputedStyle(document.body);
    let background = body.backgroundColor;
    if (background === none)
      background = getComputedStyle(document.documentElement).backgroundColor;
    if (background === none) {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      background = getComputedStyle(probe).backgroundColor;
      probe.remove();
    }
    return { background, text: body.color };
  });
}

describe("the extension's pages follow the browser's colour scheme", () => {
  for (const path of PAGES) {
    it(`${path}: light text on a dark page in dark mode, dark text on a light page in light mode`, async () => {
      const light = await open(path, 'light');
      const dark = await open(path, 'dark');
      try {
        const l = await colours(light);
        const d = await colours(dark);
        assert.ok(luminance(l.background) > 0.6, `light background ${l.background}`);
        assert.ok(luminance(l.text) < 0.2, `light text ${l.text}`);
        assert.ok(luminance(d.background) < 0.1, `dark background ${d.background}`);
        assert.ok(luminance(d.text) > 0.5, `dark text ${d.text}`);
      } finally {
        await light.close();
        await dark.close();
      }
    });
  }
});

describe("the extension's pages are read at a readable size", () => {
  for (const path of [...PAGES, 'organizations.html']) {
    it(`${path}: body text is 14 px or more, and so is every paragraph and list item`, async () => {
      const page = await open(path, 'light');
      try {
        const sizes = await page.evaluate(() => {
          const text = [...document.querySelectorAll('#app p, #app li, #app label')]
            .filter((e) => e.getBoundingClientRect().width > 0 && e.textContent?.trim())
            .filter((e) => !e.matches('.hint, .meta, .count, .tags, .flag, .export-status'))
            .map((e) => ({
              what: e.outerHTML.slice(0, 60),
              size: parseFloat(getComputedStyle(e).fontSize),
            }));
          return { body: parseFloat(getComputedStyle(document.body).fontSize), text };
        });
        assert.ok(sizes.body >= 14, `body is ${sizes.body} px`);
        assert.ok(sizes.text.length > 0, 'no text found');
        assert.deepEqual(
          sizes.text.filter((t) => t.size < 14),
          [],
        );
      } finally {
        await page.close();
      }
    });
  }
});

describe('at 200% zoom', () => {
  for (const path of PAGES) {
    it(`${path}: nothing runs off the side`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 600, height: 450 });
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        await page.waitForSelector('#app *', { timeout: 10_000 });
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const outside = [...document.querySelectorAll('button, input, select, textarea, a')]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && (r.right > width + 1 || r.left < -1);
            })
            .map((e) => e.outerHTML.slice(0, 80));
          return { scrolls: document.documentElement.scrollWidth > width + 1, outside };
        });
        assert.equal(overflow.scrolls, false, `${path} scrolls sideways`);
        assert.deepEqual(overflow.outside, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the card on an FSJ page', () => {
  it('is dark in dark mode', async () => {
    const demo = demoPage();
    const html = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');
    await servePages(browser.context, [{ url: demo.url, html: () => html }]);
    const tab = await browser.context.newPage();
    await tab.emulateMedia({ colorScheme: 'dark' });
    try {
      await tab.goto(demo.url);
      await tab.waitForSelector('html[data-gloss-state="ready"]');
      await tab.locator('[data-gloss-term="iom"]').first().focus();
      const card = inUi(tab, '.card').first();
      await card.waitFor({ timeout: 10_000 });
      const background = await card.evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.ok(luminance(background) < 0.1, `card background ${background}`);
    } finally {
      await tab.close();
    }
  });
});
