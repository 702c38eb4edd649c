// A copy of the built extension without `unlimitedStorage`, for the end-to-end tests of a save that
// fails for want of room. Why: Chromium never holds an extension with that permission to a quota,
// so the DevTools protocol's quota override (Storage.overrideQuotaForOrigin) cannot fill its
// storage; a disk that is really full still refuses its writes, and the extension must say so.
// On this copy, a quota of one byte stands in for that disk. Shared by the e2e files.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXTENSION_DIR,
  launchWithExtension,
  type LaunchedBrowser,
} from '../../scripts/browser/launch';

/** Launches Chromium with the build minus `unlimitedStorage`; closing it removes the copy. */
export async function launchHeldToQuota(): Promise<LaunchedBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'fsj-gloss-quota-build-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const browser = await launchWithExtension({ extensionDir: dir });
  return {
    ...browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
