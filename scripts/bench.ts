// `npm run bench`: figures and ratios measured in one run, in headless Chromium, never pass/fail.
// The content script's pipeline (the real lib/ code, bundled by scripts/bench/bundle.ts) is injected
// into the demo FSJ page and timed inside the page; see scripts/bench/page-entry.ts for each pass.
// The last line is always `matcher vs mark.js: N× faster`.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension } from './browser/launch';
import { demoPage, FIXTURES_DIR } from './browser/serve';
import { benchBundle, markJsSource } from './bench/bundle';
import { call, sample, serveIsolated } from './bench/driver';
import { benchAnchoring } from './bench/anchoring';
import { benchSaving } from './bench/saving';
import { benchReaderFrame } from './bench/readerFrame';
import { benchUserGlossary } from './bench/userGlossary';
import { benchContentScript } from './bench/contentScript';
import { benchGlossarySize } from './bench/glossarySize';
import { benchNotes } from './bench/notes';
import { benchTakeaway } from './bench/takeaway';
import { median, ms, percentile, printTable, ratio, type Row } from './bench/stats';

const REPO = resolve(import.meta.dirname, '..');
const FRESH_LOADS = 21;
const DEMO_RUNS = 21;
const LONG_RUNS = 7;
/** mark.js takes seconds per run on the long article: fewer runs there. */
const LONG_MARK_RUNS = 3;
const LONG_TIMES = 50;
const SYNTHETIC = 5000;

/**
 * Builds the extension from the source as it is: every figure below is of this build, never of an
 * older one left in .output (the pages and the content script are measured from there).
 */
function buildExtension(): void {
  console.log('Building the extension ("npx wxt build")…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('"npx wxt build" failed');
}

function contentScriptGzip(): { raw: number; gzip: number } {
  const source = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  buildExtension();
  const size = contentScriptGzip();
  const bundle = await benchBundle();
  const markJs = markJsSource();
  const demo = demoPage();
  const demoHtml = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');

  // a. The real content script, built in the bench mode (scripts/bench/contentScript.ts).
  console.log(`a. the built content script on ${demo.file}, fresh tabs…`);
  rows.push(...(await benchContentScript()));

  const markRatios: number[] = [];
  const browser = await launchWithExtension({ withoutExtension: true, headless: true });
  try {
    await serveIsolated(browser.context, demo.url, demoHtml);

    // a'. For comparison: the whole pipeline run in the page itself, cold (Readability and the
    // matcher included), as the content script did before pages were read in the extension's
    // own document.
    console.log(`a'. ${FRESH_LOADS} fresh loads of ${demo.file}, everything in the page…`);
    const fresh: number[] = [];
    const freshLoad: number[] = [];
    const freshLayout: number[] = [];
    const freshPhases = {
      article: [] as number[],
      'text model': [] as number[],
      matching: [] as number[],
      painting: [] as number[],
    };
    let freshCount = 0;
    let freshState: string | null = null;
    for (let i = 0; i < FRESH_LOADS; i++) {
      const page = await browser.context.newPage();
      await page.goto(demo.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      const r = await call(page, 'contentScript');
      fresh.push(r.ms);
      freshLoad.push(r.loadMs);
      freshLayout.push(r.layoutMs);
      for (const [phase, list] of Object.entries(freshPhases)) {
        list.push(r.phases[phase as keyof typeof freshPhases]);
      }
      freshCount = r.count;
      freshState = r.state;
      await page.close();
    }
    rows.push({
      measure: `a'. for comparison, all of it in the page (median; ${freshCount} occurrences, ${freshState})`,
      figure: ms(median(fresh)),
      goal: '',
    });
    rows.push(
      { measure: '   same, p90', figure: ms(percentile(fresh, 90)), goal: '' },
      {
        measure: '   of which loading the precompiled glossary (median)',
        figure: ms(median(freshLoad)),
        goal: '',
      },
      {
        measure: '   of which finding the article: Readability on a clone, traced (median)',
        figure: ms(median(freshPhases.article)),
        goal: '',
      },
      {
        measure: '   of which text model / matching / painting (medians)',
        figure: [freshPhases['text model'], freshPhases.matching, freshPhases.painting]
          .map((list) => ms(median(list)))
          .join(' / '),
        goal: '',
      },
      {
        measure: '   then the style and layout it causes, forced (median; not in the figure above)',
        figure: ms(median(freshLayout)),
        goal: '',
      },
    );

    // b–d run in one page: the article element found once, then the same element over and over.
    // mark.js runs in a twin page of its own, so that the garbage its passes leave behind is not
    // collected during ours.
    const page = await browser.context.newPage();
    await page.goto(demo.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const markPage = await browser.context.newPage();
    await markPage.goto(demo.url, { waitUntil: 'load' });
    await markPage.addScriptTag({ content: bundle });
    await markPage.addScriptTag({ content: markJs });
    const terms = await call(markPage, 'markTermCount');
    const measureSize = async (label: string, times: number, runs: number, markRuns: number) => {
      const { chars, crossOriginIsolated } = await call(page, 'setup', times);
      await call(markPage, 'setup', times);
      console.log(
        `b/c. ${label}: ${chars} characters, ${runs} runs (mark.js ${markRuns})` +
          (crossOriginIsolated ? '' : ' (timer coarse: page not cross-origin isolated)'),
      );
      await call(markPage, 'markPass'); // warm-up
      const mark = await sample(markRuns, () => call(markPage, 'markPass'));
      for (let i = 0; i < 3; i++) {
        await call(page, 'ourPass');
        await call(page, 'treeWalk');
      }
      const ours: number[] = [];
      const walk: number[] = [];
      const steps = { model: [] as number[], match: [] as number[], paint: [] as number[] };
      let count = 0;
      for (let i = 0; i < runs; i++) {
        const o = await call(page, 'ourPass');
        ours.push(o.ms);
        count = o.count;
        walk.push((await call(page, 'treeWalk')).ms);
        const s = await call(page, 'ourPassSteps');
        steps.model.push(s.model);
        steps.match.push(s.match);
        steps.paint.push(s.paint);
      }
      // Painting alone against the bare loop, and text model + matching, after the figures above.
      const paint = { ours: [] as number[], bare: [] as number[] };
      const modelMatch: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const r = await call(page, 'paintAgainstBare', i % 2 === 0);
        const m = await call(page, 'modelAndMatch');
        if (i < 2) continue; // warm-up
        paint.ours.push(r.ours);
        paint.bare.push(r.bare);
        modelMatch.push(m.ms);
      }
      return {
        ours: median(ours),
        mark: median(mark.times),
        walk: median(walk),
        paintOurs: median(paint.ours),
        paintBare: median(paint.bare),
        modelMatch: median(modelMatch),
        steps: `${ms(median(steps.model))} / ${ms(median(steps.match))} / ${ms(median(steps.paint))}`,
        counts: { ours: count, mark: mark.count },
      };
    };
    const small = await measureSize('demo article', 1, DEMO_RUNS, DEMO_RUNS);
    const long = await measureSize(
      `demo article × ${LONG_TIMES}`,
      LONG_TIMES,
      LONG_RUNS,
      LONG_MARK_RUNS,
    );
    await markPage.close();
    console.log('p. painting one text node of 1 MB naming 31,650 bodies…');
    const longNode = await sample(3, () => call(page, 'paintLongNode'));

    const markRatioSmall = small.mark / small.ours;
    const markRatioLong = long.mark / long.ours;
    markRatios.push(markRatioSmall, markRatioLong);
    const markLabel = `mark.js (first 63 entries: ${terms.names} names + ${terms.acronyms} acronyms, 'exactly')`;
    rows.push(
      {
        measure: `b. our pass, demo article (${small.counts.ours} occurrences)`,
        figure: ms(small.ours),
        goal: '',
      },
      {
        measure: `b. ${markLabel}, demo article (${small.counts.mark} marks)`,
        figure: ms(small.mark),
        goal: '',
      },
      { measure: 'b. mark.js / ours, demo article', figure: ratio(markRatioSmall), goal: '' },
      {
        measure: `b. our pass, article × ${LONG_TIMES} (${long.counts.ours} occurrences)`,
        figure: ms(long.ours),
        goal: '',
      },
      {
        measure: `b. mark.js, article × ${LONG_TIMES} (${long.counts.mark} marks)`,
        figure: ms(long.mark),
        goal: '',
      },
      {
        measure: `b. mark.js / ours, article × ${LONG_TIMES}`,
        figure: ratio(markRatioLong),
        goal: '',
      },
      {
        measure: '   our pass steps, demo: text model / matching / painting',
        figure: small.steps,
        goal: '',
      },
      {
        measure: `   our pass steps, × ${LONG_TIMES}: text model / matching / painting`,
        figure: long.steps,
        goal: '',
      },
      { measure: 'c. bare TreeWalker pass, demo article', figure: ms(small.walk), goal: '' },
      {
        measure: 'c. our pass / TreeWalker, demo article',
        figure: ratio(small.ours / small.walk),
        goal: 'within 10×',
      },
      {
        measure: `c. bare TreeWalker pass, article × ${LONG_TIMES}`,
        figure: ms(long.walk),
        goal: '',
      },
      {
        measure: `c. our pass / TreeWalker, article × ${LONG_TIMES}`,
        figure: ratio(long.ours / long.walk),
        goal: 'within 10×',
      },
      {
        measure: 'c. text model + matching (no painting), demo article; / TreeWalker',
        figure: `${ms(small.modelMatch)}; ${ratio(small.modelMatch / small.walk)}`,
        goal: 'within 10×',
      },
      {
        measure: `c. text model + matching (no painting), article × ${LONG_TIMES}; / TreeWalker`,
        figure: `${ms(long.modelMatch)}; ${ratio(long.modelMatch / long.walk)}`,
        goal: 'within 10×',
      },
      {
        measure: 'p. painting, demo article: ours / bare loop (same splits, same wrappers); ratio',
        figure: `${ms(small.paintOurs)} / ${ms(small.paintBare)}; ${ratio(small.paintOurs / small.paintBare)}`,
        goal: 'within 1.5×',
      },
      {
        measure: `p. painting, article × ${LONG_TIMES}: ours / bare loop; ratio`,
        figure: `${ms(long.paintOurs)} / ${ms(long.paintBare)}; ${ratio(long.paintOurs / long.paintBare)}`,
        goal: 'within 1.5×',
      },
      {
        measure: `p. painting one text node of 1 MB (${longNode.count} occurrences)`,
        figure: ms(median(longNode.times)),
        goal: '',
      },
    );

    // d. A 5,000-name glossary against the real one (the page still holds the long article).
    console.log(
      `d. compiling and loading the real glossary and ${SYNTHETIC} made-up entries + the real ones…`,
    );
    const compileReal = await sample(5, () => call(page, 'compile', 0));
    const compileBig = await sample(5, () => call(page, 'compile', SYNTHETIC));
    const loadReal = await sample(5, () => call(page, 'load', 0));
    const loadBig = await sample(5, () => call(page, 'load', SYNTHETIC));
    const matchReal: number[] = [];
    const matchBig: number[] = [];
    let matchCounts = { real: 0, big: 0 };
    for (let i = 0; i < LONG_RUNS + 2; i++) {
      const r = await call(page, 'matchOnly', 'real');
      const b = await call(page, 'matchOnly', 'big');
      if (i < 2) continue; // warm-up
      matchReal.push(r.ms);
      matchBig.push(b.ms);
      matchCounts = { real: r.count, big: b.count };
    }
    // f. The full glossary against the first 63 entries (scripts/bench/glossarySize.ts).
    console.log('f. the full glossary against the first 63 entries…');
    const sizeRows = await benchGlossarySize(page, LONG_TIMES);
    await page.close();
    rows.push(
      {
        measure: `d. compile real glossary (${compileReal.count} patterns)`,
        figure: ms(median(compileReal.times)),
        goal: '',
      },
      {
        measure: `d. compile real + ${SYNTHETIC} made-up (${compileBig.count} patterns)`,
        figure: ms(median(compileBig.times)),
        goal: '',
      },
      {
        measure: `d. load real, precompiled at build time (content script's path)`,
        figure: ms(median(loadReal.times)),
        goal: '',
      },
      {
        measure: `d. load real + ${SYNTHETIC} made-up, precompiled (${loadBig.count} patterns)`,
        figure: ms(median(loadBig.times)),
        goal: '',
      },
      {
        measure: `d. matching, article × ${LONG_TIMES}, real glossary (${matchCounts.real} hits)`,
        figure: ms(median(matchReal)),
        goal: '',
      },
      {
        measure: `d. matching, article × ${LONG_TIMES}, +${SYNTHETIC} glossary (${matchCounts.big} hits)`,
        figure: ms(median(matchBig)),
        goal: '',
      },
      {
        measure: `d. matching with +${SYNTHETIC} / with real`,
        figure: ratio(median(matchBig) / median(matchReal)),
        goal: '≤ 1.5×',
      },
    );

    rows.push(...sizeRows);

    // g. Re-anchoring highlights, and the mutation suite (scripts/bench/anchoring.ts).
    const anchoringPage = await browser.context.newPage();
    await anchoringPage.goto(demo.url, { waitUntil: 'load' });
    rows.push(...(await benchAnchoring(anchoringPage)));
    await anchoringPage.close();
  } finally {
    await browser.close();
  }

  rows.push({
    measure: `e. content.js gzipped, level 9 (${(size.raw / 1024).toFixed(1)} KB raw)`,
    figure: `${(size.gzip / 1024).toFixed(1)} KB`,
    goal: '< 35 KB',
  });

  // Saving one highlight, with the built extension (scripts/bench/saving.ts).
  console.log('h. saving highlights with the built extension…');
  rows.push(...(await benchSaving()));
  rows.push(...(await benchReaderFrame()));

  console.log('u. the reader’s own glossary entries…');
  rows.push(...benchUserGlossary());

  // The notes page with 10,000 highlights (scripts/bench/notes.ts).
  console.log('n. the notes page with 10,000 highlights…');
  rows.push(...(await benchNotes()));
  // Export everything and import a backup, with 10,000 highlights (scripts/bench/takeaway.ts).
  rows.push(...(await benchTakeaway()));

  console.log('');
  printTable(rows);
  console.log(`matcher vs mark.js: ${Math.round(Math.min(...markRatios))}× faster`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
