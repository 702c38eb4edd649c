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
  ms: number;
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

/** Errors that come from the extension: its console errors, "[FSJ Gloss]" lines, its exceptions. */
function watchExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  const fromExtension = (url: string | undefined) =>
    url?.startsWith('chrome-extension://') ?? false;
  page.on('console', (message) => {
    const text = message.text();
    const ours = fromExtension(message.location().url);
    if (text.startsWith('[FSJ Gloss]') || text.startsWith('[wxt]')) {
      errors.push(`console ${message.type()}: ${oneLine(text)}`);
    } else if (ours && (message.type() === 'error' || message.type() === 'warning')) {
      errors.push(`console ${message.type()}: ${oneLine(text)}`);
    }
  });
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes('chrome-extension://')) {
      errors.push(`uncaught: ${oneLine(error.stack ?? error.message)}`);
    }
  });
  return errors;
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.innerText ?? '');
}

async function loadPlain(context: BrowserContext, page: CorpusPage): Promise<string | Error> {
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
    return await visibleText(tab);
  } catch (error) {
    return error as Error;
  } finally {
    await tab.close();
  }
}

async function loadWithExtension(
  context: BrowserContext,
  page: CorpusPage,
  plain: string | Error,
): Promise<PageResult> {
  const result: PageResult = { name: page.name, state: null, occurrences: 0, problems: [], ms: 0 };
  const tab = await context.newPage();
  const errors = watchExtensionErrors(tab);
  const started = performance.now();
  try {
    await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
    try {
      await tab.waitForSelector('html[data-gloss-state]', {
        state: 'attached',
        timeout: STATE_TIMEOUT_MS,
      });
    } catch {
      result.problems.push(`no data-gloss-state after ${STATE_TIMEOUT_MS / 1000} s`);
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
    const text = await visibleText(tab);
    if (plain instanceof Error) {
      result.problems.push(`page did not load without the extension: ${plain.message}`);
    } else if (normalize(text) !== normalize(plain)) {
      result.problems.push(
        `visible text changed ${firstDifference(normalize(plain), normalize(text))}`,
      );
    }
    // Let late errors (timers, rejected promises) arrive before judging.
    await tab.waitForTimeout(50);
  } catch (error) {
    result.problems.push(`load failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await tab.close();
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
  await servePages(plainBrowser.context, routes);
  await servePages(extBrowser.context, routes);

  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const plain = await loadPlain(plainBrowser.context, page);
      const result = await loadWithExtension(extBrowser.context, page, plain);
      results.push(result);
      const verdict =
        result.problems.length === 0 ? 'ok' : `PROBLEM: ${result.problems.join('; ')}`;
      console.log(
        `${result.name.padEnd(44)} ${String(result.state ?? '-').padEnd(10)} ` +
          `${String(result.occurrences).padStart(4)} occ  ${verdict}`,
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
