// Bundles the benchmark's in-page code (page-entry.ts, with the real lib/ modules) into one IIFE
// with esbuild, minified like the extension's build, ready for page.addScriptTag.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

export async function benchBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** mark.js as published (UMD; defines window.Mark). */
export function markJsSource(): string {
  return readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
}
