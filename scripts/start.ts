// `npm start`: builds the extension, then opens Chromium (or Chrome: CHROME_PATH, else PATH) with it
// loaded, on the demo FSJ page served at its real afsa.org address by request routing. With
// `--headless`, or with no display, it prints what the extension found and writes a screenshot,
// then one of the popup, the notes page and the options page in light and in dark, for a reader
// to look at (.output/screenshots/).

import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './browser/launch';
import { demoPage, serveFixtures } from './browser/serve';
import { inUi } from './browser/extensionUi';
// The reader's steps the end-to-end tests take: a highlight, and the popup opened for the tab.
import { highlight, openPopupFor } from '../test/e2e/pageActions';

const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const screenshot = resolve(import.meta.dirname, '../.output/demo.png');

execSync('npx wxt build', { stdio: 'inherit' });
const browser = await launchWithExtension({ headless });
await serveFixtures(browser.context);
const demo = demoPage();
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(demo.url);
await page.waitForSelector('html[data-gloss-state]', { timeout: 15_000 });

if (!headless) {
  console.log(`FSJ Gloss is loaded; the demo page is ${demo.url}. Close the browser to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  const state = await page.getAttribute('html', 'data-gloss-state');
  const found = await page.evaluate(() => {
    const byOccurrence = new Map<string, { id: string; text: string }>();
    for (const el of document.querySelectorAll('[data-gloss-term]')) {
      const n = el.getAttribute('data-gloss-occurrence')!;
      const prior = byOccurrence.get(n);
      const text = (prior ? `${prior.text} ` : '') + (el.textContent ?? '').replace(/\s+/g, ' ');
      byOccurrence.set(n, { id: el.getAttribute('data-gloss-term')!, text });
    }
    return [...byOccurrence.values()];
  });
  console.log(`No display: ran headless on ${demo.url}`);
  console.log(`data-gloss-state: ${state}; ${found.length} occurrences marked:`);
  for (const { id, text } of found) console.log(`  ${id.padEnd(10)} ${text}`);
  await page.hover('[data-gloss-term]');
  await inUi(page, '.card').waitFor();
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot with a card open: ${screenshot}`);
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await inUi(page, '.card').waitFor({ state: 'detached' });
  await highlight(page, 'Managing Mobility', 'the Emergency');

  const shots = resolve(import.meta.dirname, '../.output/screenshots');
  mkdirSync(shots, { recursive: true });
  const popup = await openPopupFor(browser, page);
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.waitForSelector('.terms');
  const extensionPage = async (path: string, ready: string): Promise<Page> => {
    const opened = await browser.context.newPage();
    await opened.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await opened.waitForSelector(ready);
    return opened;
  };
  const views: [string, Page][] = [
    ['popup', popup],
    ['notes', await extensionPage('notes.html', '[data-item]')],
    ['options', await extensionPage('options.html', 'h1')],
    ['welcome', await extensionPage('welcome.html', 'h1')],
  ];
  for (const [name, view] of views) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme });
      const path = `${shots}/${name}-${colorScheme}.png`;
      await view.screenshot({ path, fullPage: true });
      console.log(`Screenshot: ${path}`);
    }
  }
  await browser.close();
}
