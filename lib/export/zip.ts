// Packs the one-file-per-article Markdown export into a zip (with fflate), so the browser
// downloads one file instead of asking about dozens.

import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './types';

/**
 * The files as a zip archive, each stamped with `now` (so the zip is the same for the same export)
 * and compressed. Why: "a zip of one file per article"; the names are already unique and safe.
 */
export function zipMarkdownFiles(files: readonly ExportFile[], now: number): Uint8Array {
  const mtime = new Date(now);
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [strToU8(file.content), { mtime }];
  return zipSync(entries, { level: 6 });
}
