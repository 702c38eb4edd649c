// Launches real Firefox (Debian's `firefox-esr`, or whatever FIREFOX_PATH names) through
// puppeteer-core over WebDriver BiDi, with the built Firefox extension (.output/firefox-mv2)
// installed as a temporary add-on, on a fresh profile. Tabs it opens answer their web requests from
// the pages given to `serve` (scripts/browser/serve.ts), through request interception; the
// extension's own pages open at a fixed moz-extension:// address.
//
// What it takes in this Firefox (ESR 153) and puppeteer-core (25):
// - `extensions.webextensions.uuids` fixes the add-on's UUID (a JSON map of add-on id → UUID;
//   the id is the one wxt.config.ts sets under gecko, read here from the built manifest), so its
//   pages' address is known before it is installed.
// - `--remote-allow-system-access`: without it BiDi refuses to navigate a tab to a
//   moz-extension:// page.
// - Firefox sends BiDi no DOMContentLoaded or load event for an extension page, so puppeteer's
//   `goto` would wait for one until it times out: `openExtensionPage` navigates without waiting
//   (`waitUntil: []`) and then waits until the page's own document says it is complete. For the
//   same reason `page.url()` stays `about:blank` there; ask the page for `location.href`.
// - https:// to afsa.org needs no certificate: the request is answered at interception, before
//   any connection (and TLS) is made, so `acceptInsecureCerts` is not set.
// - Downloads (the extension's `<a download>` links) are saved into `downloadsDir`, by BiDi's
//   `browser.setDownloadBehavior`; `nextDownload` waits for the file a click saves.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { answerFor, isWebRequest, type ServedPage } from './serve';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** The UUID the add-on is given, so its pages are at `moz-extension://<this>/…`. */
export const EXTENSION_UUID = 'f5a1c0de-0000-4000-8000-000000f5a1c0';

/** The browser to drive: FIREFOX_PATH, else Debian's firefox-esr, else a firefox on PATH. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new Error('No Firefox found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH.');
}

/** The add-on id the built manifest declares (wxt.config.ts, browser_specific_settings.gecko). */
export function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json declares no gecko id`);
  return id;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** What web addresses answer at first (see `serve`). */
  pages?: ServedPage[];
}

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>`: where the extension's pages are. */
  extensionOrigin: string;
  /** Where downloads are saved. */
  downloadsDir: string;
  /** Replaces what web addresses answer in every tab, open or opened later. */
  serve(pages: ServedPage[]): void;
  /** A new tab whose web requests are answered from the served pages; opens `url` if given. */
  newTab(url?: string): Promise<Page>;
  /** A new tab on one of the extension's pages (`notes.html`, `popup.html?tab=3`…). */
  openExtensionPage(path: string): Promise<Page>;
  /** Moves `tab` to another of the extension's pages (or reloads it, given its own path). */
  gotoExtensionPage(tab: Page, path: string): Promise<void>;
  /** Runs `action` (a click that downloads) and returns the file it saved: name and text. */
  nextDownload(action: () => Promise<unknown>): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

/** How long a page action or wait may take before it fails: the machine is shared and slow. */
const TIMEOUT = 60_000;

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build:firefox" first.`);
  }
  const downloadsDir = mkdtempSync(join(tmpdir(), 'fsj-gloss-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    downloadBehavior: { policy: 'allow', downloadPath: downloadsDir },
    protocolTimeout: 3 * TIMEOUT,
    // FIREFOX_LOG=1: Firefox's output and every page's and the extension's console on stderr.
    dumpio: Boolean(process.env.FIREFOX_LOG),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [addonId(extensionDir)]: EXTENSION_UUID,
      }),
      ...(process.env.FIREFOX_LOG
        ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true }
        : {}),
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  let answer = answerFor(options.pages ?? []);

  const newPage = async () => {
    const tab = await browser.newPage();
    tab.setDefaultTimeout(TIMEOUT);
    return tab;
  };

  async function gotoExtensionPage(tab: Page, path: string): Promise<void> {
    const url = `${extensionOrigin}/${path}`;
    await tab.goto(url, { waitUntil: [] });
    await tab.waitForFunction(
      (url) => location.href === url && document.readyState === 'complete',
      {},
      url,
    );
  }

  return {
    browser,
    extensionOrigin,
    downloadsDir,
    serve(pages) {
      answer = answerFor(pages);
    },
    async newTab(url) {
      const tab = await newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (!isWebRequest(request.url())) void request.continue();
        else void request.respond(answer(request.url()));
      });
      if (url !== undefined) await tab.goto(url);
      return tab;
    },
    async openExtensionPage(path) {
      const tab = await newPage();
      await gotoExtensionPage(tab, path);
      return tab;
    },
    gotoExtensionPage,
    async nextDownload(action) {
      const before = new Set(readdirSync(downloadsDir));
      await action();
      // Firefox writes `<name>.part` and renames it to the file's name once it is all written.
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        const files = readdirSync(downloadsDir).filter((f) => !before.has(f));
        const done = files.filter((f) => !f.endsWith('.part'));
        if (done.length === 1 && !files.some((f) => f.endsWith('.part'))) {
          // Firefox may first write under a temporary name and then rename it: a file gone
          // before it is read was not the download.
          try {
            return { name: done[0]!, text: readFileSync(join(downloadsDir, done[0]!), 'utf8') };
          } catch (error) {
            if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
          }
        }
        if (done.length > 1) throw new Error(`more than one download: ${done.join(', ')}`);
        if (Date.now() > deadline) throw new Error('no file was downloaded');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await browser.close();
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
