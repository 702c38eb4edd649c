// Bench: taking everything out and bringing it back, with 10,000 highlights over 300 pages, in the
// built extension's options page in headless Chromium (real IndexedDB, in the extension's origin).
// The in-page half (takeaway-entry.ts) is bundled by the same helper as the other in-page benches
// and evaluated in the page through the DevTools protocol (the page's own CSP allows no inline
// script). Figures: the Markdown export of everything as the button runs it, in the export
// worker (goal < 300 ms), a reader's first such export in a fresh page, and the backup import
// (goal < 2 s), with their parts.

import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../browser/launch';
import { bundleForPage } from './bundle';
import type { TakeawayBenchApi } from './takeaway-entry';
import { libraryData } from './takeawayData';
import { median, ms, percentile, printTable, type Row } from './stats';

const HIGHLIGHTS = 10_000;
const PAGES = 300;
const RUNS = 5;
const DB = 'fsj-gloss-bench-takeaway';

function inPage<K extends keyof TakeawayBenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<TakeawayBenchApi[K]>
): Promise<Awaited<ReturnType<TakeawayBenchApi[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const bench = (
        window as unknown as { fsjTakeawayBench: Record<string, (...x: unknown[]) => unknown> }
      ).fsjTakeawayBench;
      return bench[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<TakeawayBenchApi[K]>>>;
}

/** Runs `fn` once to warm up, then RUNS times; median and p90 of what `pick` reads. */
async function repeat<T>(fn: () => Promise<T>, pick: (value: T) => number) {
  await fn(); // A warm-up run: a reader's first export has rows of its own (firstExports).
  const runs: T[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await fn());
  const values = runs.map(pick);
  return {
    median: median(values),
    p90: percentile(values, 90),
    last: runs[RUNS - 1]!,
    runs,
  };
}

const figure = (r: { median: number; p90: number }) => `${ms(r.median)} (p90 ${ms(r.p90)})`;

/** Fresh pages for a reader's first export, and how long before the click the pointer arrives. */
const FIRST_EXPORTS = 3;
const INTENT_MS = 300;

/**
 * A reader's first export, each in a fresh options page (a worker of its own, its code cold):
 * with nothing started before the click, and with the worker started as the pointer reached
 * "Your data" INTENT_MS before it.
 */
async function firstExports(context: BrowserContext, url: string, bundle: string) {
  const cold: number[] = [];
  const warmed: number[] = [];
  for (let i = 0; i < FIRST_EXPORTS; i++) {
    for (const warm of [false, true]) {
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate(bundle);
      if (warm) {
        await inPage(page, 'warmExport', DB);
        await page.waitForTimeout(INTENT_MS);
      }
      (warm ? warmed : cold).push((await inPage(page, 'exportFromDatabase', DB, 'document')).ms);
      await page.close();
    }
  }
  return { cold: median(cold), warmed: median(warmed) };
}

export async function benchTakeaway(): Promise<Row[]> {
  console.log(`i. export and import of ${HIGHLIGHTS} highlights over ${PAGES} pages…`);
  const data = libraryData(HIGHLIGHTS, PAGES);
  const bundle = await bundleForPage('takeaway-entry.ts');
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
    await page.goto(optionsUrl);
    await page.evaluate(bundle);
    await inPage(page, 'load', data);
    await inPage(page, 'fill', DB);

    const writer = await repeat(
      () => inPage(page, 'markdownInMemory'),
      (r) => r.ms,
    );
    const document = await repeat(
      () => inPage(page, 'exportFromDatabase', DB, 'document'),
      (r) => r.ms,
    );
    const onMainThread = await repeat(
      () => inPage(page, 'exportOnMainThread', DB, 'document'),
      (r) => r.ms,
    );
    const zip = await repeat(
      () => inPage(page, 'exportFromDatabase', DB, 'zip'),
      (r) => r.ms,
    );
    const backup = await repeat(
      () => inPage(page, 'backupFromDatabase', DB),
      (r) => r.ms,
    );
    const fresh = await repeat(
      () => inPage(page, 'importBackup', `${DB}-fresh`, false),
      (r) => r.ms,
    );
    const again = await repeat(
      () => inPage(page, 'importBackup', DB, true),
      (r) => r.ms,
    );
    const first = await firstExports(browser.context, optionsUrl, bundle);
    await inPage(page, 'remove', DB);
    await inPage(page, 'remove', `${DB}-fresh`);

    // Figures from a machine busy with other work are not the code's: say how busy it was.
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;
    const n = HIGHLIGHTS.toLocaleString('en-US');
    return [
      {
        measure: `i. Markdown export of everything, one document, ${n} highlights, database to text (${mb(document.last.bytes)})`,
        figure: figure(document),
        goal: '< 300 ms',
      },
      {
        measure: `   a reader's first, in a fresh page: nothing started before (median of ${FIRST_EXPORTS})`,
        figure: ms(first.cold),
        goal: '',
      },
      {
        measure: `   the same, the worker started as the pointer reached "Your data" ${INTENT_MS} ms before`,
        figure: ms(first.warmed),
        goal: '',
      },
      {
        measure: `   the same export on the page's main thread instead of the export worker`,
        figure: figure(onMainThread),
        goal: '',
      },
      {
        measure: `   the Markdown writer alone, on the main thread (records in memory, ${mb(writer.last.chars)})`,
        figure: figure(writer),
        goal: '',
      },
      {
        measure: `i. Markdown export of everything, zip of ${zip.last.articles} files (${mb(zip.last.bytes)})`,
        figure: figure(zip),
        goal: '',
      },
      {
        measure: `i. JSON backup of everything, database to text (${mb(backup.last.chars)})`,
        figure: figure(backup),
        goal: '',
      },
      {
        measure: `i. backup import into an empty database, file to committed`,
        figure: figure(fresh),
        goal: '< 2 s',
      },
      {
        measure: `   of which reading and checking the file / merging it into the database`,
        figure: `${ms(median(fresh.runs.map((r) => r.readMs)))} / ${ms(median(fresh.runs.map((r) => r.mergeMs)))}`,
        goal: '',
      },
      {
        measure: `i. same backup imported again (all unchanged)`,
        figure: figure(again),
        goal: '',
      },
      { measure: `   (measured at ${load})`, figure: '', goal: '' },
    ];
  } finally {
    await browser.close();
  }
}

// `npx tsx scripts/bench/takeaway.ts` runs this section alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchTakeaway()
    .then(printTable)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
