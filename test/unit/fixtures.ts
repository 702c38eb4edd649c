// Shared helpers for the unit tests that run on the fixture pages in test/fixtures/pages/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface FixturePage {
  file: string;
  url: string;
  layout: 'seo' | 'basic-html' | 'article' | 'none';
  /** How many occurrences of each glossary entry the page's article names. */
  expected: Record<string, number>;
  notes?: string;
}

export const FIXTURES_DIR = resolve(__dirname, '../fixtures/pages');

/** The manifest's pages whose HTML file exists (a page may be listed before it is written). */
export function fixturePages(): FixturePage[] {
  const manifest = JSON.parse(
    readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8'),
  ) as FixturePage[];
  return manifest.filter((page) => existsSync(join(FIXTURES_DIR, page.file)));
}

/** A fresh document parsed from a fixture page (needs a DOM environment such as happy-dom). */
export function loadFixture(page: FixturePage): Document {
  const html = readFileSync(join(FIXTURES_DIR, page.file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
