// End to end: taking everything out and bringing it back, in the built extension in real Chromium.
// Highlights are made on the demo FSJ page (one of them a quote whose words stand earlier on the
// page too, so its link needs context); every `#:~:text=` link the Markdown exports write is opened
// and must scroll to its own passage, not to the other occurrence. The backup downloaded from the
// options page is imported into a fresh profile through the options page, where the highlights
// come back painted and the export is the same; a broken file is refused and changes nothing.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { openPopupFor, paintedTexts } from './pageActions';
import { inUi } from '../../scripts/browser/extensionUi';

const demo = demoPage();
/**
 * The demo page with its lines spread out (200 px each, about 10,000 px in all): with a 300 px
 * window, two occurrences of a phrase two lines apart are never on screen together, so where a
 * link scrolls to tells which one it found. Only a style is added; the article is the same.
 */
const spread = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8').replace(
  '</head>',
  '<style>.seo-text { line-height: 200px; }</style></head>',
);
const VIEWPORT = { width: 1000, height: 300 };

/** A passage to highlight: the `occurrence`-th (1-based) `text` of the article. */
interface Passage {
  text: string;
  occurrence: number;
  /** How many times `text` stands in the article. */
  occurrences: number;
}

/** In page order. The second IOM and the second Development share their words with others. */
const PASSAGES: Passage[] = [
  {
    text: 'Since fighting broke out in northern Mali last January,\nhundreds of thousands of people have left their homes.',
    occurrence: 1,
    occurrences: 1,
  },
  {
    text: 'water and protection for the coming rainy season.\nManaging Mobility Beyond the Emergency',
    occurrence: 1,
    occurrences: 1,
  },
  { text: 'IOM', occurrence: 2, occurrences: 3 },
  { text: 'Development', occurrence: 2, occurrences: 2 },
];

let first: LaunchedBrowser;
let fresh: LaunchedBrowser | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'fsj-gloss-takeaway-'));

async function launch(): Promise<LaunchedBrowser> {
  const browser = await launchWithExtension();
  await servePages(browser.context, [{ url: demo.url, html: () => spread }]);
  return browser;
}

before(async () => {
  first = await launch();
});
after(async () => {
  await first?.close();
  await fresh?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function openDemo(browser: LaunchedBrowser, url = demo.url): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.setViewportSize(VIEWPORT);
  await tab.goto(url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

/**
 * Where the `occurrence`-th `text` of the article is on screen (top and bottom, in px from the
 * window's top), or null when it is not in the article; with `select`, it is also selected. The
 * article's text is read across the page's text nodes, so the extension's wrappers do not matter.
 */
function locate(tab: Page, passage: Passage, select = false) {
  return tab.evaluate(
    ({ text, occurrence, select }) => {
      const walker = document.createTreeWalker(
        document.querySelector('.seo-content')!,
        NodeFilter.SHOW_TEXT,
      );
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        nodes.push({ node: n, start: all.length });
        all += n.data;
      }
      let at = -1;
      for (let k = 0; k < occurrence; k++) {
        at = all.indexOf(text, at + 1);
        if (at < 0) return null;
      }
      // The text node and offset of the passage's start, then of its end (which may close a node).
      const ends = [at, at + text.length].map((offset, i) => {
        const found = nodes.find(
          ({ node, start }) =>
            offset < start + node.data.length || (i === 1 && offset === start + node.data.length),
        )!;
        return { node: found.node, offset: offset - found.start };
      });
      const range = document.createRange();
      range.setStart(ends[0]!.node, ends[0]!.offset);
      range.setEnd(ends[1]!.node, ends[1]!.offset);
      if (select) {
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      }
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight };
    },
    { text: passage.text, occurrence: passage.occurrence, select },
  );
}

/** Selects a passage and presses H; waits until it is painted and saved. */
async function highlight(tab: Page, passage: Passage): Promise<void> {
  const count = () =>
    tab.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
            e.getAttribute('data-gloss-highlight'),
          ),
        ).size,
    );
  const before = await count();
  assert.notEqual(await locate(tab, passage, true), null, `"${passage.text}" is on the page`);
  // The toolbar shows after a keyboard selection (Shift released).
  await tab.keyboard.press('Shift');
  await inUi(tab, '[data-gloss-toolbar]').waitFor();
  await tab.keyboard.press('h');
  await tab.waitForFunction(
    (n) =>
      new Set(
        [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
          e.getAttribute('data-gloss-highlight'),
        ),
      ).size > n && document.querySelector('[data-gloss-save]') === null,
    before,
  );
}

async function optionsPage(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-action="export-everything"]').waitFor();
  return page;
}

/** Clicks a button that downloads a file; returns the file's name and text. */
async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The export of everything as one Markdown document, from the options page. */
async function exportEverything(browser: LaunchedBrowser): Promise<string> {
  const page = await optionsPage(browser);
  // The pointer reaching "Your data" starts the export worker, before anything is clicked.
  const started = page.waitForEvent('worker', (w) => w.url().endsWith('/export-worker.js'));
  await page.locator('#takeaway-heading').hover();
  await started;
  await page.locator('input[name="markdown-shape"][value="document"]').check();
  const { name, text } = await download(page, '[data-action="export-everything"]');
  assert.match(name, /^fsj-gloss-export-\d{4}-\d{2}-\d{2}\.md$/);
  // Written in the export worker (the page falls back to itself only when the worker fails).
  assert.ok(
    page.workers().some((worker) => worker.url().endsWith('/export-worker.js')),
    `no export worker: ${page
      .workers()
      .map((w) => w.url())
      .join(', ')}`,
  );
  await page.close();
  return text;
}

/** "Export this article" in the popup, for the demo tab (the article's text is known there). */
async function exportArticle(tab: Page): Promise<string> {
  const popup = await openPopupFor(first, tab);
  const { text } = await download(popup, '[data-action="download-markdown"]');
  await popup.close();
  return text;
}

const passageLinks = (markdown: string): string[] =>
  [...markdown.matchAll(/\[Open this passage\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** Markdown without its `exported:` time, which differs between two exports. */
const withoutTime = (markdown: string) => markdown.replace(/^exported: .*$/m, 'exported: —');

/** Opens `link` as a browser navigation and says whether each occurrence ends up on screen. */
async function openLink(link: string, passage: Passage): Promise<void> {
  const tab = await openDemo(first, link);
  // Chromium scrolls to the text once the page is loaded: wait until the page has moved and then
  // stayed put for a frame.
  await tab.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(y > 0 && scrollY === y)));
      }),
  );
  const onScreen = async (occurrence: number) => {
    const box = await locate(tab, { ...passage, occurrence });
    assert.notEqual(box, null);
    return box!.bottom > 0 && box!.top < box!.height;
  };
  for (let k = 1; k <= passage.occurrences; k++) {
    const shown = await onScreen(k);
    if (k === passage.occurrence) assert.ok(shown, `${link} shows "${passage.text}" #${k}`);
    else assert.ok(!shown, `${link} does not show "${passage.text}" #${k}, the wrong one`);
  }
  await tab.close();
}

let articleMarkdown = '';
let everythingMarkdown = '';
let backupFile = '';
/** The highlights' painted texts in the first profile, in page order. */
let paintedInFirst: string[] = [];

describe('the links to each passage in the Markdown exports', () => {
  it('are written for every highlight, with context where the quote’s words stand earlier', async () => {
    const tab = await openDemo(first);
    for (const passage of PASSAGES) await highlight(tab, passage);
    paintedInFirst = await paintedTexts(tab);
    assert.equal(paintedInFirst.length, PASSAGES.length);
    articleMarkdown = await exportArticle(tab);
    everythingMarkdown = await exportEverything(first);
    await tab.close();
    for (const markdown of [articleMarkdown, everythingMarkdown]) {
      const links = passageLinks(markdown);
      assert.equal(links.length, PASSAGES.length);
      // The second IOM: a browser would stop at the first one without a prefix or suffix.
      assert.match(links[2]!, /#:~:text=([^&]*-,IOM|IOM,-)/);
    }
  });

  for (const source of ['“Export this article” (popup)', 'the export of everything (options)']) {
    it(`each one from ${source} scrolls Chromium to its own passage, not another occurrence`, async () => {
      const markdown = source.includes('popup') ? articleMarkdown : everythingMarkdown;
      const links = passageLinks(markdown);
      assert.equal(links.length, PASSAGES.length);
      for (const [i, passage] of PASSAGES.entries()) await openLink(links[i]!, passage);
    });
  }
});

describe('a backup restored into a fresh profile', () => {
  it('downloads the backup from the options page', async () => {
    const page = await optionsPage(first);
    const { name, text } = await download(page, '[data-action="download-backup"]');
    assert.match(name, /^fsj-gloss-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.match(
      (await page.locator('[data-status="backup"]').textContent()) ?? '',
      /Downloaded fsj-gloss-backup-.*\(4 highlights and notes\)/,
    );
    backupFile = join(scratch, name);
    writeFileSync(backupFile, text);
    await page.close();
    await first.close();
  });

  it('is imported through the options page, with a summary of what was added', async () => {
    fresh = await launch();
    const page = await optionsPage(fresh);
    await page.locator('[data-action="import-backup"]').setInputFiles(backupFile);
    const status = page.locator('[data-status="import"][data-kind="done"]');
    await status.waitFor();
    assert.match(
      (await status.textContent()) ?? '',
      /^Imported fsj-gloss-backup-.*: added 4, updated 0, unchanged 0 .*1 new page\./,
    );
    await page.close();
  });

  it('paints the highlights again on the page, and exports the same Markdown', async () => {
    const tab = await openDemo(fresh!);
    await tab.waitForFunction(
      (n) => document.querySelectorAll('[data-gloss-highlight]').length >= n,
      PASSAGES.length,
    );
    assert.deepEqual(await paintedTexts(tab), paintedInFirst);
    await tab.close();
    assert.equal(withoutTime(await exportEverything(fresh!)), withoutTime(everythingMarkdown));
  });
});

describe('a broken backup file', () => {
  it('gets a message saying what is wrong, and changes nothing', async () => {
    const page = await optionsPage(fresh!);
    const before = await download(page, '[data-action="download-backup"]');
    const broken = join(scratch, 'cut-short.json');
    const text = readFileSync(backupFile, 'utf8');
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
    await page.locator('[data-action="import-backup"]').setInputFiles(broken);
    const alert = page.locator('[data-status="import"][role="alert"]');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /^cut-short\.json: This backup is cut short.*Nothing was imported\.$/,
    );
    const afterwards = await download(page, '[data-action="download-backup"]');
    const items = (backup: string) => JSON.parse(backup).first.items as unknown[];
    assert.deepEqual(items(afterwards.text), items(before.text));
    assert.equal(items(afterwards.text).length, PASSAGES.length);
    await page.close();
  });
});
