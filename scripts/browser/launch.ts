// Launches real Chromium with the built extension loaded (Debian's `chromium` through
// playwright-core, or whatever CHROME_PATH names), on a fresh profile unless one is given.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The browser to drive: CHROME_PATH, else the first Chromium or Chrome found on PATH. */
export function findChrome(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new Error(
    'No Chromium or Chrome found: install Debian\'s "chromium" package or set CHROME_PATH.',
  );
}

/** Chromium's id for an unpacked extension: derived from its absolute path. */
export function unpackedExtensionId(dir: string): string {
  const hash = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (to test what survives a relaunch); a fresh one is made otherwise. */
  userDataDir?: string;
  extensionDir?: string;
  /** Load no extension (for measuring a page alone). */
  withoutExtension?: boolean;
  /**
   * Leave open the welcome page a fresh install opens (lib/background/firstRun.ts). By default it
   * is closed before the browser is handed over, so that tests and scripts start from one tab.
   */
  keepWelcome?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * The welcome page a fresh install opens, once it is there: it may have opened before the launch
 * returned, and a tab the extension opens can start at about:blank before it reaches its address.
 */
export function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  return new Promise<Page>((resolve, reject) => {
    const consider = (page: Page) =>
      void page.waitForURL(url, { timeout: 20_000 }).then(
        () => {
          context.off('page', consider);
          resolve(page);
        },
        () => undefined, // another tab, or closed
      );
    context.on('page', consider);
    context.pages().forEach(consider);
    context.once('close', () => reject(new Error('the browser closed before the welcome page')));
  });
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'fsj-gloss-profile-'));
  const headless = options.headless ?? true;
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--disable-features=HttpsUpgrades,Translate,MediaRouter',
  ];
  if (headless) args.push('--headless=new');
  if (!options.withoutExtension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: false, // headless is chosen by the flag above: the new headless mode runs extensions
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    viewport: { width: 1200, height: 900 },
  });
  const extensionId = options.withoutExtension ? '' : unpackedExtensionId(extensionDir);
  // Only a fresh profile installs the extension, and only a build that has the page opens it.
  if (ownProfile && !options.keepWelcome && existsSync(join(extensionDir, 'welcome.html'))) {
    await (await welcomePage(context, extensionId)).close();
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
