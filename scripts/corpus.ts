// Runs the built extension over a folder of real pages (default: ../shared/corpus/readability-pages)
// and checks that it survives them: the first pass finishes (`data-gloss-state` set), no error comes
// from the extension, and the page's visible text is the same as in a browser without the extension.
//
//   npm run corpus [DIR] [-- --extension-dir PATH]
// DIR holds NAME/source.html folders or NAME.html files. Each page is served at
// https://www.afsa.org/corpus/NAME (every other request gets a 404, so nothing leaves the machine).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from './browser/launch';
import { servePages } from './browser/serve';

const REPO = resolve(import.meta.dirname, '..');
const DEFAULT_DIR = resolve(REPO, '../shared/corpus/readability-pages');
const STATE_TIMEOUT_MS = 10_000;

interface CorpusPage {
  name: string;
  file: string;
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

function parseArgs(argv: string[]): { dir: string; extensionDir: string } {
  let dir: string | undefined;
  let extensionDir = EXTENSION_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--extension-dir') extensionDir = resolve(argv[++i] ?? '');
    else if (!arg.startsWith('--')) dir = resolve(arg);
  }
  if (dir === undefined) {
    if (!existsSync(DEFAULT_DIR)) throw new Error(`No folder given and ${DEFAULT_DIR} is missing.`);
    dir = DEFAULT_DIR;
  }
  return { dir, extensionDir };
}

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
    pages.push({ name, file, url: `https://www.afsa.org/corpus/${encodeURIComponent(name)}` });
  }
  return pages;
}

/** Visible text with runs of whitespace made one space, so layout-only differences do not count. */
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A short view of where two texts first differ. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 40));
  return `at ${i}: without ${show(a)} / with ${show(b)}`;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' | ').slice(0, 240);

/**
 * Errors that come from the extension (id `extensionId`): "[FSJ Gloss]" lines, console errors and
 * warnings its scripts log, and exceptions thrown from its code. Resource-load failures are the
 * page's own business (a saved page may even link another extension's files).
 */
function watchExtensionErrors(page: Page, extensionId: string): string[] {
  const errors: string[] = [];
  const ours = (text: string | undefined) =>
    text?.includes(`chrome-extension://${extensionId}/`) ?? false;
  page.on('console', (message) => {
    const text = message.text();
    const type = message.type();
    if (text.startsWith('[FSJ Gloss]') || text.startsWith('[wxt]')) {
      errors.push(`console ${type}: ${oneLine(text)}`);
    } else if (
      ours(message.location().url) &&
      (type === 'error' || type === 'warning') &&
      !text.startsWith('Failed to load resource')
    ) {
      errors.push(`console ${type}: ${oneLine(text)}`);
    }
  });
  page.on('pageerror', (error) => {
    if (ours(error.stack)) errors.push(`uncaught: ${oneLine(error.stack ?? error.message)}`);
  });
  return errors;
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

async function plainText(context: BrowserContext, page: CorpusPage): Promise<string | Error> {
  return withTab(context, page.url, visibleText).catch((error: unknown) => error as Error);
}

async function checkPage(
  plain: BrowserContext,
  ext: BrowserContext,
  extensionId: string,
  page: CorpusPage,
): Promise<PageResult> {
  const result: PageResult = { name: page.name, state: null, occurrences: 0, problems: [], ms: 0 };
  const without = await plainText(plain, page);
  let errors: string[] = [];
  let text = '';
  try {
    text = await withTab(
      ext,
      page.url,
      async (tab) => {
        const started = performance.now();
        try {
          await tab.waitForSelector('html[data-gloss-state]', {
            state: 'attached',
            timeout: STATE_TIMEOUT_MS,
          });
        } catch {
          result.problems.push(`no data-gloss-state ${STATE_TIMEOUT_MS / 1000} s after load`);
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
  if (without instanceof Error) {
    result.problems.push(`did not load without the extension: ${oneLine(without.message)}`);
  } else if (result.state !== null && normalize(text) !== normalize(without)) {
    // A page whose own scripts write different text on each load proves nothing: load it again.
    const again = await plainText(plain, page);
    if (typeof again === 'string' && normalize(again) !== normalize(without)) {
      result.notes = 'text check skipped: the page writes different text on each load';
    } else {
      const diff = firstDifference(normalize(without), normalize(text));
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

async function main(): Promise<number> {
  const { dir, extensionDir } = parseArgs(process.argv.slice(2));
  ensureBuilt(extensionDir);
  const pages = listPages(dir);
  if (pages.length === 0) throw new Error(`No pages in ${dir}`);
  console.log(`corpus: ${pages.length} pages from ${dir}`);

  const plainBrowser = await launchWithExtension({ withoutExtension: true });
  const extBrowser = await launchWithExtension({ extensionDir });
  const routes = pages.map((p) => ({ url: p.url, html: () => readFileSync(p.file, 'utf8') }));
  for (const context of [plainBrowser.context, extBrowser.context]) {
    await servePages(context, routes);
    // The pages' own scripts see the same clock and the same "random" numbers in both browsers.
    await context.clock.setFixedTime(new Date('2024-01-15T12:00:00Z'));
    await context.addInitScript(() => {
      let seed = 42;
      Math.random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    });
  }

  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const result = await checkPage(
        plainBrowser.context,
        extBrowser.context,
        extBrowser.extensionId,
        page,
      );
      results.push(result);
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
    }
  } finally {
    await plainBrowser.close();
    await extBrowser.close();
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
