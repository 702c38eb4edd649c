// Serves pages at their real afsa.org addresses through Playwright request routing, so the
// extension's real match patterns apply and no request leaves the machine.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../test/fixtures/pages');

export interface FixturePage {
  file: string;
  url: string;
  layout: 'seo' | 'basic-html' | 'article' | 'none';
  expected: Record<string, number>;
  notes?: string;
}

export function readManifest(): FixturePage[] {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8')) as FixturePage[];
}

/** The demo page that `npm start` opens. */
export function demoPage(): FixturePage {
  const page = readManifest().find((p) => p.file === 'seo-0313-page28.html');
  if (!page) throw new Error('The demo page is missing from test/fixtures/pages/manifest.json');
  return page;
}

/**
 * Answers every request in `context`: the given pages at their addresses (HTML read from disk on
 * each request, so a test may change a fixture between loads), an empty 404 for everything else.
 */
export async function servePages(
  context: BrowserContext,
  pages: { url: string; html: () => string }[],
): Promise<void> {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url().replace(/#.*$/, '');
      const page = byUrl.get(url);
      if (page === undefined) {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: page.html(),
      });
    },
  );
}

/** Routes every fixture of the manifest to its afsa.org address. */
export async function serveFixtures(context: BrowserContext): Promise<FixturePage[]> {
  const manifest = readManifest();
  await servePages(
    context,
    manifest.map((p) => ({
      url: p.url,
      html: () => readFileSync(join(FIXTURES_DIR, p.file), 'utf8'),
    })),
  );
  return manifest;
}
