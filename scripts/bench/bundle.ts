// Bundles the benchmark's in-page code (page-entry.ts, with the real lib/ modules) into one IIFE
// with esbuild, minified like the extension's build, ready for page.addScriptTag. The glossary
// module that the build bakes into the content script (`virtual:fsj-glossary-names`) is made here
// by the same function.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { GLOSSARY } from '../../lib/glossary/entries';
import { NOT_BODIES } from '../../lib/glossary/data/notBodies';
import { precompiledModule } from '../../lib/glossary/precompile';
import { toMatchingEntries } from '../../lib/glossary/types';

const ROOT = resolve(import.meta.dirname, '../..');

const glossaryNames: Plugin = {
  name: 'fsj-glossary-names',
  setup(b) {
    b.onResolve({ filter: /^virtual:fsj-glossary-names$/ }, (args) => ({
      path: args.path,
      namespace: 'fsj-virtual',
    }));
    b.onLoad({ filter: /.*/, namespace: 'fsj-virtual' }, () => ({
      contents: precompiledModule(toMatchingEntries(GLOSSARY), NOT_BODIES),
      loader: 'js',
    }));
  },
};

/** Bundles a bench entry (a file of scripts/bench/) into one script to add to a page. */
export async function bundleForPage(entry: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: process.env.BENCH_MINIFY !== '0',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

export function benchBundle(entry = 'page-entry.ts'): Promise<string> {
  return bundleForPage(entry, [glossaryNames]);
}

/** mark.js as published (UMD; defines window.Mark). */
export function markJsSource(): string {
  return readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
}
