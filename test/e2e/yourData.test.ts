// End to end: "Your data" on the notes page, in the built extension in real Chromium. A reader with
// three highlights opens the notes page and reads how the browser keeps them, how much space they
// use and that no backup was made yet; the list does not move while the page loads (its layout
// shift, measured by the browser, stays under 0.1). After a backup the page says when it was made;
// a highlight saved the same day brings no reminder; once the stored backup is a week old (time
// is moved through what the extension stores, not by waiting) a reminder with a button shows, and
// making the backup from it clears the reminder and shows the new date. Screenshots in light and
// dark are written to .output/ for a look.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { FIXTURES_DIR, readManifest, servePages } from '../../scripts/browser/serve';
import { highlight } from './pageActions';

type ExtensionApi = typeof import('wxt/browser').browser;

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const DAY = 24 * 60 * 60 * 1000;
const fixtures = readManifest().filter((p) =>
  ['seo-0313-page28.html', 'seo-1208-page17.html'].includes(p.file),
);
const march = fixtures.find((p) => p.file === 'seo-0313-page28.html')!;
const december = fixtures.find((p) => p.file === 'seo-1208-page17.html')!;
let browser: LaunchedBrowser;
let notes: Page;

async function open(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

before(async () => {
  browser = await launchWithExtension();
  await servePages(
    browser.context,
    fixtures.map((p) => ({
      url: p.url,
      html: () => readFileSync(join(FIXTURES_DIR, p.file), 'utf8'),
    })),
  );
  const first = await open(march.url);
  await highlight(first, 'Herders, traders', 'seasonal');
  await highlight(first, 'Managing Mobility', 'the Emergency', '2');
  const second = await open(december.url);
  await highlight(second, 'Fingerprint kits', 'in October.');
  await first.close();
  await second.close();
});
after(async () => {
  await browser?.close();
});

/** The text of one line of "Your data", as the reader reads it. */
const line = (page: Page, selector: string) =>
  page.locator(`[data-part="safekeeping"] ${selector}`).innerText();

/** Today's date as the page writes it ("December 3, 2026" here), the browser's own way. */
const today = (page: Page) =>
  page.evaluate(() =>
    new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' }),
  );

/** Clicks a button that downloads a file; returns the file's name and text. */
async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('"Your data" on the notes page', () => {
  it('says the browser keeps the data, how much it uses, and that there is no backup yet', async () => {
    notes = await browser.context.newPage();
    // Every layout shift of the page's life, from its first frame on.
    await notes.addInitScript(() => {
      const shifts: { value: number; input: boolean; moved: string[] }[] = [];
      (globalThis as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        }[]) {
          shifts.push({
            value: entry.value,
            input: entry.hadRecentInput,
            moved: entry.sources.map((s) =>
              s.node instanceof Element
                ? `${s.node.tagName.toLowerCase()}.${s.node.className}`
                : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await notes.goto(`chrome-extension://${browser.extensionId}/notes.html`);
    await notes.locator('p.count[data-count="3"]').filter({ hasText: '3 items' }).waitFor();
    await notes.locator('[data-part="safekeeping"] [data-last-backup]').waitFor();
    assert.match(
      await line(notes, '[data-storage]'),
      /^Kept until you delete it\. The browser will not clear your highlights and notes to make room/,
    );
    assert.match(
      await line(notes, '[data-usage]'),
      /^About \d+(\.\d)? (KB|MB) used in this browser\.$/,
    );
    assert.equal(await line(notes, '[data-last-backup]'), 'No backup yet.');
    // Three highlights saved a moment ago: too soon, and too few, for a reminder.
    assert.equal(await notes.locator('[data-reminder]').count(), 0);
    // "Your data" is below the list; the header links to it.
    assert.equal(
      await notes.evaluate(() => {
        const list = document.querySelector('[data-notes-list]')!;
        const data = document.querySelector('[data-part="safekeeping"]')!;
        return Boolean(list.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
      true,
    );
    await notes.locator('a[href="#your-data"]').waitFor();
  });

  it('never moves the list while the page loads: layout shift under 0.1', async () => {
    // Two frames and a task, so the browser has reported every shift of the frames drawn.
    const shifts = await notes.evaluate(
      () =>
        new Promise<{ value: number; input: boolean; moved: string[] }[]>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              setTimeout(() =>
                done(
                  (
                    globalThis as unknown as {
                      shifts: { value: number; input: boolean; moved: string[] }[];
                    }
                  ).shifts,
                ),
              ),
            ),
          ),
        ),
    );
    const total = shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
    console.log(
      `notes page layout shift while loading: ${total.toFixed(4)}`,
      JSON.stringify(shifts),
    );
    assert.ok(total < 0.1, `layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
  });

  it('after a backup, says when it was made; a highlight saved the same day brings no reminder', async () => {
    const file = await download(notes, '[data-action="download-backup"]');
    assert.match(file.name, /^fsj-gloss-backup-\d{4}-\d\d-\d\d\.json$/);
    const date = await today(notes);
    await notes
      .locator('[data-part="safekeeping"] [data-last-backup]')
      .filter({ hasText: `Last backup: ${date}.` })
      .waitFor();
    assert.equal(
      await line(notes, '[data-last-backup]'),
      `Last backup: ${date}. Everything is in it.`,
    );

    const tab = await open(december.url);
    await highlight(tab, 'Food is the', 'other worry.');
    await tab.close();
    await notes.bringToFront();
    await notes
      .locator('[data-part="safekeeping"] [data-last-backup]')
      .filter({ hasText: 'since' })
      .waitFor();
    assert.equal(
      await line(notes, '[data-last-backup]'),
      `Last backup: ${date}. 1 highlight or note has been saved or changed since.`,
    );
    assert.equal(await notes.locator('[data-reminder]').count(), 0);
  });

  it('reminds the reader once the last backup is a week old, and the reminder’s button makes one', async () => {
    // A week goes by: the stored backup is moved eight days back (it keeps the count it held).
    // All four highlights were saved after that moment, so all four are now outside it.
    await notes.evaluate(async (days) => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      const { lastBackup } = await chrome.storage.local.get('lastBackup');
      const stored = lastBackup as { at: number; count: number };
      await chrome.storage.local.set({ lastBackup: { ...stored, at: stored.at - days } });
    }, 8 * DAY);
    const reminder = notes.locator('[data-part="safekeeping"] [data-reminder]');
    await reminder.waitFor();
    // Beside the reminder, the backup's line gives only its date.
    const weekAgo = await notes.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      const { lastBackup } = await chrome.storage.local.get('lastBackup');
      return new Date((lastBackup as { at: number }).at).toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
    });
    assert.equal(await line(notes, '[data-last-backup]'), `Last backup: ${weekAgo}.`);
    assert.equal(
      await reminder.locator('p').first().innerText(),
      'Your last backup was 8 days ago, and 4 highlights and notes have been saved or changed since.',
    );
    const button = reminder.locator('[data-action="backup-now"]');
    assert.equal(await button.innerText(), 'Download a backup now');

    await reminder.scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await notes.emulateMedia({ colorScheme: scheme });
      await notes.screenshot({
        path: join(OUTPUT, `your-data-reminder-${scheme}.png`),
        fullPage: true,
      });
    }
    await notes.emulateMedia({ colorScheme: 'light' });

    const file = await download(notes, '[data-action="backup-now"]');
    assert.match(file.name, /^fsj-gloss-backup-\d{4}-\d\d-\d\d\.json$/);
    assert.equal((JSON.parse(file.text) as { total: number }).total, 4);
    await reminder.waitFor({ state: 'detached' });
    assert.equal(
      await line(notes, '[data-last-backup]'),
      `Last backup: ${await today(notes)}. Everything is in it.`,
    );
    await notes.screenshot({ path: join(OUTPUT, 'your-data-after-backup.png'), fullPage: true });
  });
});
