// Glossary coverage on real FSJ pages: lays out each annotated page text (default
// ../shared/fsj-pages) as a FlippingBook SEO page at an afsa.org address, runs the built extension
// over it in Chromium, and prints recall (annotated mentions marked with the right body),
// precision (marks that are a mention of their body), and the bodies most often missed.
//
//   npm run coverage [DIR] [-- --no-build] [-- --pages 02,05]
// DIR holds pages/NN.txt (line 1 the page's address, then its text) and mentions.json.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser/launch';
import { servePages } from './browser/serve';
import { GLOSSARY } from '../lib/glossary/entries';
import { NOT_BODIES } from '../lib/glossary/data/notBodies';
import { compileGlossary } from '../lib/glossary/matcher';
import { toMatchingEntries } from '../lib/glossary/types';
import { bodyEntries, scorePage, type Mark, type Mention, type PageScore } from './coverage/score';

const REPO = resolve(import.meta.dirname, '..');

interface AnnotatedPage {
  key: string;
  address: string;
  text: string;
  mentions: Mention[];
  url: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The SEO-version address for a page's FlippingBook address (issue code and page number). */
function seoAddress(address: string, key: string): string {
  const m = /flipping_book\/([a-z0-9]+)(?:\/(\d+))?/i.exec(address);
  const code = m?.[1] ?? `fsj${key}`;
  const page = m?.[2] ?? key;
  return `https://www.afsa.org/sites/default/files/flipping_book/${code}/files/assets/seo/page${page}.html`;
}

/** The page as FlippingBook's SEO version serves one: header lines, then one text block. */
function seoHtml(page: AnnotatedPage): string {
  const lines = page.text.split('\n').map(escapeHtml);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page ${page.key} - Foreign Service Journal</title></head>
<body>
<div class="seo-header">This is a SEO version of Foreign Service Journal. <a href="../../../index.html">Click here to view full version</a></div>
<div class="seo-nav"><a href="page1.html">&laquo; Previous Page</a> <a href="toc.html">Table of Contents</a> <a href="page2.html">Next Page &raquo;</a></div>
<div class="seo-content"><p class="seo-text" id="coverage-text">${lines.join('<br>\n')}</p></div>
</body></html>`;
}

function readPages(dir: string): AnnotatedPage[] {
  const mentions = JSON.parse(readFileSync(join(dir, 'mentions.json'), 'utf8')) as Record<
    string,
    { mentions: Mention[] }
  >;
  return readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const key = file.replace(/\.txt$/, '');
      const raw = readFileSync(join(dir, 'pages', file), 'utf8');
      const newline = raw.indexOf('\n');
      const address = raw.slice(0, newline).trim();
      const text = raw.slice(newline + 1);
      return {
        key,
        address,
        text,
        mentions: mentions[key]?.mentions ?? [],
        url: seoAddress(address, key),
      };
    });
}

function parseArgs(argv: string[]) {
  let dir = resolve(REPO, '../shared/fsj-pages');
  let build = true;
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-build') build = false;
    else if (arg === '--pages') only = new Set((argv[++i] ?? '').split(','));
    else if (!arg.startsWith('--')) dir = resolve(arg);
  }
  return { dir, build, only };
}

async function main() {
  const { dir, build, only } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(dir, 'mentions.json'))) throw new Error(`No annotated pages in ${dir}.`);
  if (build) {
    const run = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: 'ignore' });
    if (run.status !== 0) throw new Error('"npx wxt build" failed');
  }
  const pages = readPages(dir).filter((p) => only === null || only.has(p.key));
  const entries = toMatchingEntries(GLOSSARY);
  const compiled = compileGlossary(entries, NOT_BODIES);
  const surfaces = new Map<string, string[]>();
  for (const p of pages)
    for (const m of p.mentions)
      if (!m.short) surfaces.set(m.canonical, [...(surfaces.get(m.canonical) ?? []), m.surface]);
  const ids = new Map<string, Set<string>>();
  const idsOf = (canonical: string) => {
    let found = ids.get(canonical);
    if (!found)
      ids.set(
        canonical,
        (found = bodyEntries(entries, canonical, surfaces.get(canonical) ?? [], compiled)),
      );
    return found;
  };

  const browser = await launchWithExtension();
  await servePages(
    browser.context,
    pages.map((p) => ({ url: p.url, html: () => seoHtml(p) })),
  );
  const all: PageScore[] = [];
  const withShort: PageScore[] = [];
  const states: string[] = [];
  try {
    for (const page of pages) {
      const tab = await browser.context.newPage();
      await tab.goto(page.url, { waitUntil: 'load' });
      await tab.waitForSelector('html[data-gloss-state]', { state: 'attached', timeout: 15_000 });
      const state = (await tab.getAttribute('html', 'data-gloss-state')) ?? '';
      const marks: Mark[] = await tab.evaluate(() => {
        const text = document.getElementById('coverage-text')!;
        const byOccurrence = new Map<string, { entryId: string; start: number; end: number }>();
        for (const el of Array.from(text.querySelectorAll('[data-gloss-occurrence]'))) {
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEndBefore(el);
          const start = range.toString().length;
          const end = start + (el.textContent ?? '').length;
          const key = el.getAttribute('data-gloss-occurrence')!;
          const seen = byOccurrence.get(key);
          if (seen) seen.end = Math.max(seen.end, end);
          else byOccurrence.set(key, { entryId: el.getAttribute('data-gloss-term')!, start, end });
        }
        return [...byOccurrence.values()];
      });
      await tab.close();
      if (state !== 'ready') states.push(`${page.key}: ${state}`);
      all.push(scorePage(page.text, page.mentions, marks, idsOf, { withShort: false }));
      withShort.push(scorePage(page.text, page.mentions, marks, idsOf, { withShort: true }));
    }
  } finally {
    await browser.close();
  }
  report(pages, all, withShort, states, idsOf);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

function tally(scores: PageScore[]) {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    mentions: sum((s) => s.mentions),
    found: sum((s) => s.found),
    marks: sum((s) => s.marks),
    right: sum((s) => s.right),
  };
}

function report(
  pages: AnnotatedPage[],
  all: PageScore[],
  withShort: PageScore[],
  states: string[],
  idsOf: (c: string) => ReadonlySet<string>,
) {
  console.log(`${pages.length} pages, glossary of ${GLOSSARY.length} entries`);
  if (states.length) console.log(`not ready: ${states.join('; ')}`);
  for (const [label, scores] of [
    ['full names and acronyms', all],
    ['with short forms ("State", "the Department")', withShort],
  ] as const) {
    const t = tally(scores);
    console.log(
      `${label}: recall ${pct(t.found, t.mentions)} (${t.found}/${t.mentions}), precision ${pct(t.right, t.marks)} (${t.right}/${t.marks})`,
    );
  }
  const missed = new Map<string, number>();
  for (const s of withShort)
    for (const { canonical: c } of s.missed) missed.set(c, (missed.get(c) ?? 0) + 1);
  const top = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log('\nmost often missed (mentions, with short forms):');
  for (const [canonical, n] of top)
    console.log(
      `  ${String(n).padStart(3)}  ${canonical}${idsOf(canonical).size ? '' : '  [no entry]'}`,
    );
  if (process.argv.includes('--verbose')) {
    console.log('\nmissed mentions:');
    withShort.forEach((s, i) => {
      for (const m of s.missed)
        console.log(
          `  ${pages[i]!.key}  “${m.surface}”${m.short ? ' (short)' : ''}  ${m.canonical}`,
        );
    });
  }
  console.log('\nwrong marks:');
  withShort.forEach((s, i) => {
    for (const w of s.wrong)
      console.log(
        `  ${pages[i]!.key}  ${w.entryId}  “${w.text}”${w.mention ? `  (annotated: ${w.mention})` : ''}`,
      );
  });
}

await main();
