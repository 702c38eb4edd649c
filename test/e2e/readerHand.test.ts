// End to end: the page under a reader's hand, in real Chromium on the demo FSJ page at its afsa.org
// address. A drag that starts on a marked name and pauses over another selects text like any drag
// (no term card opens under the pointer, the toolbar comes on release); a passage already
// highlighted is not offered for highlighting again.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, serveFixtures } from '../../scripts/browser/serve';
import { highlight, inUi, paintedTexts, selectText } from './pageActions';
import { selectionPoints } from './inPage';

const demo = demoPage();
let browser: LaunchedBrowser;

before(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context);
});
after(async () => {
  await browser?.close();
});

async function openDemo(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(demo.url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

/** The middle of the first painted part of the occurrence of glossary entry `id`. */
async function middleOf(tab: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await tab.locator(`[data-gloss-term="${id}"]`).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const selectedText = (tab: Page) =>
  tab.evaluate(() => (document.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim());

describe('selecting across a name', () => {
  it('selects from a name two lines down, past another name, and shows the toolbar', async () => {
    const tab = await openDemo();
    const { from, to } = await tab.evaluate(selectionPoints, {
      first: 'Regional Consultative Processes',
      last: 'Global Migration Group',
    });
    const over = await middleOf(tab, 'gfmd');
    await tab.mouse.move(from.x, from.y);
    await tab.mouse.down();
    await tab.mouse.move(over.x, over.y, { steps: 6 });
    // A reader's pause over a name mid-drag, longer than the card's hover delay (300 ms).
    await tab.waitForTimeout(700);
    await tab.mouse.move(to.x, to.y, { steps: 6 });
    await tab.mouse.up();
    await inUi(tab, '[data-gloss-toolbar]').waitFor({ timeout: 5_000 });
    assert.equal(await inUi(tab, '.card').count(), 0, 'no term card is open');
    assert.equal(
      await selectedText(tab),
      'Regional Consultative Processes that bring neighboring governments together on borders, ' +
        'labor and return. It also takes part in the Global Forum on Migration and Development ' +
        'and in the Global Migration Group',
    );
    await tab.close();
  });

  it('still opens a name’s card on hover when no button is down', async () => {
    const tab = await openDemo();
    const over = await middleOf(tab, 'gfmd');
    await tab.mouse.move(over.x, over.y);
    await inUi(tab, '.card').waitFor({ timeout: 5_000 });
    assert.match((await inUi(tab, '.card').textContent()) ?? '', /Global Forum on Migration/);
    await tab.close();
  });
});

describe('selecting a passage already highlighted', () => {
  it('offers the highlight’s card, and H opens it instead of saving the passage again', async () => {
    const tab = await openDemo();
    await highlight(tab, 'Herders, traders', 'for generations');
    const painted = await paintedTexts(tab);
    assert.equal(painted.filter((t) => t.startsWith('Herders')).length, 1);
    await selectText(tab, 'traders and seasonal', 'workers');
    await inUi(tab, '[data-gloss-toolbar][data-held]').waitFor({ timeout: 5_000 });
    assert.equal(await inUi(tab, '[data-gloss-toolbar] [data-action="highlight"]').count(), 0);
    await tab.keyboard.press('h');
    await inUi(tab, '[data-highlight-card]').waitFor({ timeout: 5_000 });
    assert.match(
      (await inUi(tab, '[data-highlight-card]').textContent()) ?? '',
      /Herders, traders and seasonal workers/,
    );
    assert.deepEqual(await paintedTexts(tab), painted, 'no second highlight is painted');
    await tab.close();
  });
});

type Box = { x: number; y: number; width: number; height: number };
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The reader frame's box on the page once it shows (the highlight's card, the note editor). */
async function frameBox(tab: Page): Promise<Box> {
  await inUi(tab, 'iframe[data-gloss-reader-frame][data-shown]').waitFor({ timeout: 5_000 });
  return (await inUi(tab, 'iframe[data-gloss-reader-frame]').boundingBox())!;
}

describe('cards beside what they belong to', () => {
  it('places a two-line highlight’s card clear of both its lines', async () => {
    const tab = await openDemo();
    await highlight(tab, 'These eforts share', 'the welfare of those');
    const lines = await tab.evaluate(() => {
      const parts = [...document.querySelectorAll('[data-gloss-highlight]')].filter((e) =>
        e.closest('p')?.textContent?.includes('These eforts'),
      );
      const mine = parts.filter(
        (e) => e.textContent !== '' && !e.textContent!.startsWith('Herders'),
      );
      return mine.flatMap((e) =>
        [...e.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
      );
    });
    assert.ok(
      new Set(lines.map((l) => Math.round(l.y))).size >= 2,
      'the highlight spans two lines',
    );
    await tab.locator('[data-gloss-highlight]', { hasText: 'These eforts' }).first().click();
    await inUi(tab, '[data-highlight-card]').waitFor({ timeout: 5_000 });
    const card = await frameBox(tab);
    for (const line of lines) assert.equal(overlapping(card, line), false, JSON.stringify(line));
    await tab.close();
  });

  it('places the note editor clear of the passage, and shows the passage as text', async () => {
    const tab = await openDemo();
    await selectText(tab, 'Human mobility managed', 'growth that displacement');
    await inUi(tab, '[data-gloss-toolbar]').waitFor({ timeout: 5_000 });
    const lines = await tab.evaluate(() =>
      [...document.getSelection()!.getRangeAt(0).getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
    await tab.keyboard.press('n');
    await inUi(tab, '[data-gloss-editor]').waitFor({ timeout: 5_000 });
    const editor = await frameBox(tab);
    for (const line of lines) assert.equal(overlapping(editor, line), false, JSON.stringify(line));
    assert.equal(
      (await inUi(tab, '[data-gloss-editor] .quote').textContent())?.replace(/\s+/g, ' '),
      'Human mobility managed with care can strengthen the very stability and growth that displacement',
    );
    await tab.close();
  });
});
