// Bench: the real content script on the demo page, in the extension built in the "bench" mode
// (lib/content/benchMarks.ts adds User Timing marks there and nowhere else), loaded into
// headless Chromium. Every load is a fresh tab, so the content script runs cold each time; the
// article is read in the extension's offscreen document, which stays warm between pages. The
// first page after the browser starts also pays for creating that document, and is shown apart.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_STEPS, type BenchStep } from '../../lib/content/benchMarks';
import { launchWithExtension } from '../browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../browser/serve';
import { median, ms, percentile, type Row } from './stats';

const REPO = resolve(import.meta.dirname, '../..');
const BENCH_BUILD = resolve(REPO, '.output/chrome-mv3-bench');
const LOADS = 41;

type Marks = Record<BenchStep, number>;

export async function benchContentScript(): Promise<Row[]> {
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], {
    cwd: REPO,
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('"npx wxt build --mode bench" failed');
  const demo = demoPage();
  const html = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');
  const browser = await launchWithExtension({ extensionDir: BENCH_BUILD });
  const loads: Marks[] = [];
  try {
    await servePages(browser.context, [{ url: demo.url, html: () => html }]);
    for (let i = 0; i < LOADS; i++) {
      const tab = await browser.context.newPage();
      await tab.goto(demo.url);
      await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
      const marks = await tab.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('fsj-gloss:'))
            .map((m) => [m.name.slice('fsj-gloss:'.length), m.startTime]),
        ),
      );
      for (const step of BENCH_STEPS) {
        if (typeof marks[step] !== 'number') throw new Error(`no "${step}" mark on load ${i + 1}`);
      }
      loads.push(marks as Marks);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  const [first, ...rest] = loads;
  const wall = (m: Marks) => m.painted - m.start;
  // The page's main thread is busy from the settings to the copy being sent, and from the trace
  // arriving to the painting being done; in between it waits for storage and for the reading.
  const work = (m: Marks) => m['copy-sent'] - m.settings + (m.painted - m['trace-received']);
  const trip = (m: Marks) => m['trace-received'] - m['copy-sent'];
  return [
    {
      measure: `a. content script's work in the page, demo page, fresh tab (median of ${rest.length})`,
      figure: ms(median(rest.map(work))),
      goal: '< 10 ms',
    },
    { measure: '   same, p90', figure: ms(percentile(rest.map(work), 90)), goal: '' },
    {
      measure: '   of which copying the page; locating, checking the text and painting (medians)',
      figure: `${ms(median(rest.map((m) => m['copy-sent'] - m.settings)))} / ${ms(median(rest.map((m) => m.painted - m['trace-received'])))}`,
      goal: '',
    },
    {
      measure: '   start to painted, waits included (median; p90)',
      figure: `${ms(median(rest.map(wall)))}; ${ms(percentile(rest.map(wall), 90))}`,
      goal: '',
    },
    {
      measure: '   of which reading the article in the offscreen document, round trip (median)',
      figure: ms(median(rest.map(trip))),
      goal: '',
    },
    {
      measure: '   first page after start (offscreen document created): work; start to painted',
      figure: `${ms(work(first!))}; ${ms(wall(first!))}`,
      goal: '',
    },
  ];
}
