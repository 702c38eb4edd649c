// Bench: saving one highlight, from the key press to painted and to committed, with the built
// extension in headless Chromium on the demo page. The page itself (main world) times it: a
// capture listener on window notes the moment the H key arrives, a MutationObserver the moment the
// highlight's wrappers appear (painted) and the moment their "pending" mark goes (the background
// answered that the write was committed).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import { demoPage, FIXTURES_DIR, servePages } from '../browser/serve';
import { median, ms, percentile, type Row } from './stats';
import { inUi } from '../browser/extensionUi';

const SAVES = 25;

/** Lines of the demo article to highlight, one per save (each a whole line's text node). */
const LINE_PATTERN = /^[A-Za-z].{30,}$/;

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
    const lines = await tab.evaluate((source) => {
      const pattern = new RegExp(source);
      const walker = document.createTreeWalker(
        document.querySelector('.seo-content')!,
        NodeFilter.SHOW_TEXT,
      );
      let count = 0;
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if (pattern.test((n as Text).data.trim())) count++;
      }
      return count;
    }, LINE_PATTERN.source);
    const toPaint: number[] = [];
    const toCommit: number[] = [];
    for (let i = 0; i < Math.min(SAVES, lines); i++) {
      // Select the i-th long line (skipping lines that hold a glossary name or an earlier
      // highlight is not needed: nesting is part of the real work).
      await tab.evaluate(
        ({ index, source }) => {
          const pattern = new RegExp(source);
          const walker = document.createTreeWalker(
            document.querySelector('.seo-content')!,
            NodeFilter.SHOW_TEXT,
          );
          let seen = 0;
          for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
            const text = n as Text;
            if (
              !pattern.test(text.data.trim()) ||
              text.parentElement?.closest('[data-gloss-term]')
            ) {
              continue;
            }
            if (seen++ < index) continue;
            const start = text.data.search(/\S/);
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, text.data.trimEnd().length);
            const selection = getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return;
          }
        },
        { index: i, source: LINE_PATTERN.source },
      );
      // The toolbar shows after a keyboard selection (Shift released).
      await tab.keyboard.press('Shift');
      await inUi(tab, '[data-gloss-toolbar]').waitFor();
      // Listeners first, then the key press, then wait for what they saw.
      await tab.evaluate(() => {
        (window as unknown as Record<string, unknown>).__fsjBenchSave = new Promise<{
          paint: number;
          commit: number;
        }>((resolve) => {
          let pressed = 0;
          let painted = 0;
          const before = new Set(
            [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
              e.getAttribute('data-gloss-highlight'),
            ),
          );
          addEventListener('keydown', () => (pressed = performance.now()), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            const fresh = [...document.querySelectorAll('[data-gloss-highlight]')].filter(
              (e) => !before.has(e.getAttribute('data-gloss-highlight')),
            );
            if (fresh.length === 0) return;
            if (painted === 0) painted = performance.now();
            if (fresh.every((e) => !e.hasAttribute('data-gloss-save'))) {
              observer.disconnect();
              resolve({ paint: painted - pressed, commit: performance.now() - pressed });
            }
          });
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-gloss-save'],
          });
        });
      });
      await tab.keyboard.press('h');
      const { paint, commit } = await tab.evaluate(
        () =>
          (window as unknown as Record<string, Promise<{ paint: number; commit: number }>>)
            .__fsjBenchSave!,
      );
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
