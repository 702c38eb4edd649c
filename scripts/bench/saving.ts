// Bench: saving one highlight, from the key press to painted and to committed, with the built
// extension in headless Chromium on the demo page, timed by the page itself (see
// scripts/browser/timeSave.ts).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../browser/serve';
import { countLines, timeSave } from '../browser/timeSave';
import { median, ms, percentile, type Row } from './stats';

const SAVES = 25;

export async function benchSaving(): Promise<Row[]> {
  const demo = demoPage();
  const html = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');
  const profile = mkdtempSync(join(tmpdir(), 'fsj-gloss-bench-save-'));
  const browser = await launchWithExtension({ userDataDir: profile });
  try {
    await servePages(browser.context, [{ url: demo.url, html: () => html }]);
    const tab = await browser.context.newPage();
    await tab.goto(demo.url);
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    const lines = await countLines(tab, '.seo-content');
    const toPaint: number[] = [];
    const toCommit: number[] = [];
    for (let i = 0; i < Math.min(SAVES, lines); i++) {
      // Lines that hold a glossary name are skipped; an earlier highlight is not (nesting is
      // part of the real work).
      const { paint, commit } = await timeSave(tab, '.seo-content', i);
      toPaint.push(paint);
      toCommit.push(commit);
    }
    return [
      {
        measure: `h. saving a highlight, key press to painted (median of ${toPaint.length})`,
        figure: ms(median(toPaint)),
        goal: '',
      },
      {
        measure: '   key press to painted and committed (median)',
        figure: ms(median(toCommit)),
        goal: '< 30 ms',
      },
      { measure: '   same, p90', figure: ms(percentile(toCommit, 90)), goal: '' },
    ];
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
