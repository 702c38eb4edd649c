// End to end in real Firefox: a backup taken out and brought back. A reader highlights two passages
// of the demo FSJ page and writes a note on one (on the notes page); the options page downloads the
// backup and the Markdown of everything (written in the extension's export worker). A second
// Firefox, on a fresh profile, imports the backup through its options page: the highlights are
// painted on the page again, the note is on the notes page, and both downloads come out the same.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from '../../../scripts/browser/launchFirefox';
import { demoPage, fixturePages } from '../../../scripts/browser/serve';
import { highlight, notesItem, openFsjPage, paintedTexts, textOf } from './tabActions';

const demo = demoPage();
const launch = () => launchFirefox({ pages: fixturePages() });
const scratch = mkdtempSync(join(tmpdir(), 'fsj-gloss-firefox-backup-'));
let first: LaunchedFirefox | undefined;
let fresh: LaunchedFirefox | undefined;

after(async () => {
  await first?.close();
  await fresh?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const NOTE = 'What comes after the camps.';

async function openDemo(firefox: LaunchedFirefox): Promise<Page> {
  const tab = await openFsjPage(firefox, demo.url);
  await tab.waitForSelector('html[data-gloss-state="ready"]');
  return tab;
}

async function optionsPage(firefox: LaunchedFirefox): Promise<Page> {
  const page = await firefox.openExtensionPage('options.html');
  await page.waitForSelector('[data-action="download-backup"]');
  return page;
}

/** The backup and the Markdown of everything (one document), downloaded from the options page. */
async function takeOut(firefox: LaunchedFirefox) {
  const page = await optionsPage(firefox);
  const backup = await firefox.nextDownload(() => page.click('[data-action="download-backup"]'));
  // The pointer reaching "Your data" starts the export worker, before anything is clicked.
  await page.hover('#takeaway-heading');
  await page.click('input[name="markdown-shape"][value="document"]');
  const markdown = await firefox.nextDownload(() =>
    page.click('[data-action="export-everything"]'),
  );
  // Written in the export worker (the page falls back to itself only when the worker fails).
  const workers = page.workers().map((w) => w.url());
  assert.ok(
    workers.some((url) => url.endsWith('/export-worker.js')),
    `workers: ${workers.join(', ')}`,
  );
  await page.close();
  return { backup, markdown };
}

/** The backup's highlights and notes (its `exported` time differs between two downloads). */
const items = (backup: string) =>
  (JSON.parse(backup) as { first: { items: unknown[] } }).first.items;
/** Markdown without its `exported:` time. */
const withoutTime = (markdown: string) => markdown.replace(/^exported: .*$/m, 'exported: —');

let taken: Awaited<ReturnType<typeof takeOut>>;
let paintedInFirst: string[] = [];

describe('a backup restored into a fresh Firefox profile', () => {
  it('is downloaded from the options page with everything the reader saved', async () => {
    first = await launch();
    const tab = await openDemo(first);
    await highlight(tab, 'Tracking who has moved', 'they have settled');
    await highlight(tab, 'Managing Mobility', 'the Emergency', '2');
    paintedInFirst = await paintedTexts(tab);
    await tab.close();
    const notes = await first.openExtensionPage('notes.html');
    const item = await notesItem(notes, 'Managing Mobility');
    await (await item.$('[data-action="edit"]'))!.click();
    await (await item.waitForSelector('textarea[name="note"]'))!.type(NOTE);
    await (await item.$('button[type="submit"]'))!.click();
    await item.waitForSelector('.note');
    await notes.close();

    taken = await takeOut(first);
    assert.match(taken.backup.name, /^fsj-gloss-backup-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(items(taken.backup.text).length, 2);
    assert.match(taken.markdown.name, /^fsj-gloss-export-\d{4}-\d{2}-\d{2}\.md$/);
    assert.match(taken.markdown.text, /\n> Managing Mobility Beyond the Emergency\n/);
    assert.match(taken.markdown.text, /\n\nWhat comes after the camps\.\n/);
    await first.close();
    first = undefined;
  });

  it('is imported through the options page, with a summary of what was added', async () => {
    fresh = await launch();
    const page = await optionsPage(fresh);
    const file = join(scratch, taken.backup.name);
    writeFileSync(file, taken.backup.text);
    const input = await page.waitForSelector('input[data-action="import-backup"]');
    await input!.uploadFile(file);
    const status = await textOf(page, '[data-status="import"][data-kind="done"]');
    assert.match(status, /^Imported fsj-gloss-backup-.*: added 2, updated 0, unchanged 0 /);
    await page.close();
  });

  it('paints the highlights again, lists the note, and takes out the same', async () => {
    const tab = await openDemo(fresh!);
    await tab.waitForFunction(
      (n) => document.querySelectorAll('[data-gloss-highlight]').length >= n,
      {},
      paintedInFirst.length,
    );
    assert.deepEqual(await paintedTexts(tab), paintedInFirst);
    await tab.close();
    const notes = await fresh!.openExtensionPage('notes.html');
    const item = await notesItem(notes, 'Managing Mobility');
    assert.equal(await item.$eval('.note', (e) => e.textContent), NOTE);
    await notes.close();

    const again = await takeOut(fresh!);
    assert.deepEqual(items(again.backup.text), items(taken.backup.text));
    assert.equal(withoutTime(again.markdown.text), withoutTime(taken.markdown.text));
  });
});
