// Shared helpers for the unit tests that run on the fixture pages in test/fixtures/pages/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, readManifest, type FixturePage } from '../../scripts/browser/serve';

export { FIXTURES_DIR, type FixturePage };

/** Every page the manifest lists (a listed page whose file is missing fails its tests). */
export function fixturePages(): FixturePage[] {
  return readManifest();
}

/** A fresh document parsed from a fixture page (needs a DOM environment such as happy-dom). */
export function loadFixture(page: FixturePage): Document {
  const html = readFileSync(join(FIXTURES_DIR, page.file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
