// Serves pages at their real afsa.org addresses by answering the browser's requests itself, so the
// extension's real match patterns apply and no request leaves the machine: what each address
// answers (`answerFor`), and Playwright's request routing for Chromium. Firefox, driven by
// puppeteer-core, answers from the same `answerFor` through request interception
// (scripts/browser/launchFirefox.ts).

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

/** A page to serve: its address, and its HTML read at each request. */
export interface ServedPage {
  url: string;
  html: () => string;
}

/** What a request is answered with. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * What each address answers: the given pages (HTML read on each request, so a test may change a
 * fixture between loads; a `#fragment` is ignored), an empty 404 for everything else.
 */
export function answerFor(pages: ServedPage[]): (url: string) => Answer {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  return (url) => {
    const page = byUrl.get(url.replace(/#.*$/, ''));
    if (page === undefined) return { status: 404, contentType: 'text/plain', body: 'not found' };
    return { status: 200, contentType: 'text/html; charset=utf-8', body: page.html() };
  };
}

/** Whether a request is one this module answers (the web's, not the browser's or extension's). */
export const isWebRequest = (url: string) => /^https?:/.test(url);

/** Answers every web request in `context` (Playwright, Chromium) from `pages`. */
export async function servePages(context: BrowserContext, pages: ServedPage[]): Promise<void> {
  const answer = answerFor(pages);
  await context.route(
    (url) => isWebRequest(url.href),
    (route) => route.fulfill(answer(route.request().url())),
  );
}

/** Every fixture of the manifest at its afsa.org address. */
export function fixturePages(manifest = readManifest()): ServedPage[] {
  return manifest.map((p) => ({
    url: p.url,
    html: () => readFileSync(join(FIXTURES_DIR, p.file), 'utf8'),
  }));
}

/** Routes every fixture of the manifest to its afsa.org address. */
export async function serveFixtures(context: BrowserContext): Promise<FixturePage[]> {
  const manifest = readManifest();
  await servePages(context, fixturePages(manifest));
  return manifest;
}
