// `npm run icons`: draws the toolbar and store icons (public/icon/<size>.png, 16 to 128 px) from
// scripts/icon/mark.svg in the installed headless Chromium. Run once when the mark changes; the
// PNGs are committed, so a fresh clone builds with no step.

import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './browser/launch';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(import.meta.dirname, 'icon/mark.svg'), 'utf8');
const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${source}" width="${size}" height="${size}">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
  console.log(`${out}/${size}.png`);
}
await browser.close();
