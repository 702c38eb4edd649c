// Runs the built extension over a folder of real pages (default: ../shared/corpus/readability-pages)
// and checks that it survives them: the first pass finishes (`data-gloss-state` set), no error comes
// from the extension, and the page's visible text is the same as in a browser without the extension.
//
//   npm run corpus [DIR] [-- --extension-dir PATH] [--no-generated | --generated-only]
// DIR holds NAME/source.html folders or NAME.html files. Each page is served at
// https://www.afsa.org/corpus/NAME (every other request gets a 404, so nothing leaves the machine).
// Then the pages made in code (scripts/corpus/hugePages.ts: a 5 MB article, a 1 MB text node
// naming 31,650 bodies, odd Unicode) are run with highlights stored for them, and more is checked
// and printed (scripts/corpus/pressure.ts): the stored highlight the page holds is painted, the
// long tasks after the load event, and the saves another tab made meanwhile (key press to
// committed; the goal is under 100 ms).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from './browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from './browser/serve';
import { generatedPages, type GeneratedPage } from './corpus/hugePages';
import { firstDifference, normalize, oneLine, watchExtensionErrors } from './corpus/pageChecks';
import {
  keepSaving,
  longTasksAfterLoad,
  pressureNotes,
  watchBackground,
  storeHighlights,
  watchLongTasks,
  type LongTasks,
} from './corpus/pressure';

const REPO = resolve(import.meta.dirname, '..');
const DEFAULT_DIR = resolve(REPO, '../shared/corpus/readability-pages');
const STATE_TIMEOUT_MS = 10_000;

interface CorpusPage {
  name: string;
  /** The HTML file, or the page made in code. */
  file: string | GeneratedPage;
  url: string;
}

interface PageResult {
  name: string;
  state: string | null;
  occurrences: number;
  problems: string[];
  /** Time from the load event to `data-gloss-state`. */
  ms: number;
  notes?: string;
}

interface Args {
  dir: string | null;
  extensionDir: string;
  generated: boolean;
}

function parseArgs(argv: string[]): Args {
  let dir: string | undefined;
  let extensionDir = EXTENSION_DIR;
  let generated = true;
  let folder = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--extension-dir') extensionDir = resolve(argv[++i] ?? '');
    else if (arg === '--no-generated') generated = false;
    else if (arg === '--generated-only') folder = false;
    else if (!arg.startsWith('--')) dir = resolve(arg);
  }
  if (!folder) return { dir: null, extensionDir, generated: true };
  if (dir === undefined) {
    if (!existsSync(DEFAULT_DIR)) throw new Error(`No folder given and ${DEFAULT_DIR} is missing.`);
    dir = DEFAULT_DIR;
  }
  return { dir, extensionDir, generated };
}

const pageUrl = (name: string) => `https://www.afsa.org/corpus/${encodeURIComponent(name)}`;

/** NAME/source.html folders, else NAME.html files, sorted by name. */
export function listPages(dir: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    let file: string | null = null;
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'source.html'))) file = join(path, 'source.html');
    } else if (entry.endsWith('.html') || entry.endsWith('.htm')) {
      file = path;
    }
    if (file === null) continue;
    const name = statSync(path).isDirectory() ? entry : basename(entry).replace(/\.html?$/, '');
    pages.push({ name, file, url: pageUrl(name) });
  }
  return pages;
}

/** Loads `url` in a new tab, runs `read` on it, closes the tab. */
async function withTab<T>(
  context: BrowserContext,
  url: string,
  read: (tab: Page) => Promise<T>,
  before?: (tab: Page) => void,
): Promise<T> {
  const tab = await context.newPage();
  before?.(tab);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
    return await read(tab);
  } finally {
    await tab.close();
  }
}

const visibleText = (tab: Page) => tab.evaluate(() => document.body?.innerText ?? '');

const GENERATED_TIMEOUT_MS = 60_000;

async function plainText(
  context: BrowserContext,
  page: CorpusPage,
): Promise<{ text: string; long: LongTasks } | Error> {
  return withTab(context, page.url, async (tab) => ({
    text: await visibleText(tab),
    long: await longTasksAfterLoad(tab, ''),
  })).catch((error: unknown) => error as Error);
}

async function checkPage(
  plain: BrowserContext,
  ext: BrowserContext,
  extensionId: string,
  page: CorpusPage,
): Promise<PageResult> {
  const result: PageResult = { name: page.name, state: null, occurrences: 0, problems: [], ms: 0 };
  const generated = typeof page.file === 'string' ? null : page.file;
  const without = await plainText(plain, page);
  if (generated !== null) await storeHighlights(ext, extensionId, page.url, generated.highlights);
  const saves = generated === null ? null : await keepSaving(ext);
  const background = generated === null ? null : await watchBackground(ext);
  const timeout = generated === null ? STATE_TIMEOUT_MS : GENERATED_TIMEOUT_MS;
  let errors: string[] = [];
  let text = '';
  let long: LongTasks | null = null;
  const times = { placed: 0, painted: 0 };
  try {
    text = await withTab(
      ext,
      page.url,
      async (tab) => {
        const started = performance.now();
        try {
          await tab.waitForSelector('html[data-gloss-state]', { state: 'attached', timeout });
        } catch {
          result.problems.push(`no data-gloss-state ${timeout / 1000} s after load`);
        }
        result.ms = performance.now() - started;
        result.state = await tab.getAttribute('html', 'data-gloss-state');
        result.occurrences = await tab.evaluate(
          () =>
            new Set(
              Array.from(document.querySelectorAll('[data-gloss-occurrence]'), (el) =>
                el.getAttribute('data-gloss-occurrence'),
              ),
            ).size,
        );
        if (generated !== null) {
          // The stored highlights placed (or given up on): the one the page holds is painted.
          try {
            await tab.waitForSelector('[data-gloss-highlight="kept"]', { timeout });
          } catch {
            result.problems.push('the highlight the page holds was not painted');
          }
          times.placed = Date.now();
          times.painted = await tab.evaluate(
            () =>
              new Set(
                Array.from(document.querySelectorAll('[data-gloss-highlight]'), (el) =>
                  el.getAttribute('data-gloss-highlight'),
                ),
              ).size,
          );
          await tab.waitForTimeout(500); // a last long task, if any, is over
          long = await longTasksAfterLoad(tab, extensionId);
        }
        const inner = await visibleText(tab);
        await tab.waitForTimeout(50); // let late errors (timers, rejections) arrive
        return inner;
      },
      (tab) => {
        errors = watchExtensionErrors(tab, extensionId);
      },
    );
  } catch (error) {
    result.problems.push(`load failed: ${oneLine((error as Error).message)}`);
  }
  const made = saves === null ? [] : await saves.stop();
  const { held, placing } =
    background === null ? { held: [], placing: [] } : await background.stop();
  if (long !== null && generated !== null) {
    const plainLong = without instanceof Error ? null : without.long;
    const stored = generated.highlights.length;
    const ready = placing[0] ?? times.placed;
    result.notes = pressureNotes({
      ...{ long, plain: plainLong, saves: made, held, ready, stored },
      ...times,
    });
  }
  if (without instanceof Error) {
    result.problems.push(`did not load without the extension: ${oneLine(without.message)}`);
  } else if (result.state !== null && normalize(text) !== normalize(without.text)) {
    // A page whose own scripts write different text on each load proves nothing: load it again.
    const again = await plainText(plain, page);
    if (!(again instanceof Error) && normalize(again.text) !== normalize(without.text)) {
      result.notes = 'text check skipped: the page writes different text on each load';
    } else {
      const diff = firstDifference(normalize(without.text), normalize(text));
      result.problems.push(`visible text changed ${diff}`);
    }
  }
  result.problems.push(...errors);
  return result;
}

function ensureBuilt(extensionDir: string): void {
  if (existsSync(join(extensionDir, 'manifest.json'))) return;
  console.log(`No built extension in ${extensionDir}: running "npx wxt build"…`);
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('"npx wxt build" failed');
}

/** Prints one page's line (and its figures again under a problem, so they are not lost). */
function printResult(result: PageResult): void {
  const verdict =
    result.problems.length === 0
      ? `ok${result.notes ? ` (${result.notes})` : ''}`
      : `PROBLEM: ${result.problems.join('; ')}`;
  console.log(
    `${result.name.padEnd(44)} ${String(result.state ?? '-').padEnd(10)} ` +
      `${String(result.occurrences).padStart(4)} occ ${Math.round(result.ms)
        .toString()
        .padStart(5)} ms  ${verdict}`,
  );
  if (result.notes !== undefined && result.problems.length > 0) {
    console.log(`${' '.repeat(45)}${result.notes}`);
  }
}

/**
 * Runs `pages` in a browser without the extension and one with it. With `fixClock`, the pages'
 * own scripts see the same clock and "random" numbers in both; the generated pages have no
 * scripts, and run without it (the fixed clock hides our User Timing marks from the page).
 */
async function runPages(
  pages: readonly CorpusPage[],
  extensionDir: string,
  fixClock: boolean,
): Promise<PageResult[]> {
  const plainBrowser = await launchWithExtension({ withoutExtension: true });
  const extBrowser = await launchWithExtension({ extensionDir });
  const routes = pages.map(({ url, file }) => ({
    url,
    html: () => (typeof file === 'string' ? readFileSync(file, 'utf8') : file.html),
  }));
  // The other tab of the generated pages' runs saves its highlights on the demo page.
  const demo = demoPage();
  routes.push({ url: demo.url, html: () => readFileSync(join(FIXTURES_DIR, demo.file), 'utf8') });
  for (const context of [plainBrowser.context, extBrowser.context]) {
    await servePages(context, routes);
    await context.addInitScript(watchLongTasks);
    if (!fixClock) continue;
    await context.clock.setFixedTime(new Date('2024-01-15T12:00:00Z'));
    await context.addInitScript(() => {
      let seed = 42;
      Math.random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    });
  }
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const { context } = plainBrowser;
      const result = await checkPage(context, extBrowser.context, extBrowser.extensionId, page);
      results.push(result);
      printResult(result);
    }
  } finally {
    await plainBrowser.close();
    await extBrowser.close();
  }
  return results;
}

async function main(): Promise<number> {
  const { dir, extensionDir, generated } = parseArgs(process.argv.slice(2));
  ensureBuilt(extensionDir);
  const results: PageResult[] = [];
  if (dir !== null) {
    const pages = listPages(dir);
    if (pages.length === 0) throw new Error(`No pages in ${dir}`);
    console.log(`corpus: ${pages.length} pages from ${dir}`);
    results.push(...(await runPages(pages, extensionDir, true)));
  }
  if (generated) {
    const made = generatedPages();
    const notes = made.map((p) => p.notes).join('; ');
    console.log(`corpus: ${made.length} pages made in code (${notes})`);
    const pages = made.map((page) => ({ name: page.name, file: page, url: pageUrl(page.name) }));
    results.push(...(await runPages(pages, extensionDir, false)));
  }

  const failed = results.filter((r) => r.problems.length > 0).length;
  const states = new Map<string, number>();
  for (const r of results) states.set(r.state ?? 'none', (states.get(r.state ?? 'none') ?? 0) + 1);
  const stateSummary = [...states].map(([s, n]) => `${n} ${s}`).join(', ');
  const occurrences = results.reduce((sum, r) => sum + r.occurrences, 0);
  console.log(
    `corpus: ${results.length} pages, ${failed} with problems (states: ${stateSummary}; ` +
      `${occurrences} occurrences in all)`,
  );
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
