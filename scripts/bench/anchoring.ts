// Bench: re-anchoring 1,000 stored highlights on a long article in Chromium, and the mutation
// suite's figures. The article is the demo page's article text repeated 50 times; the highlights
// are random spans of 3–40 words; the text is then edited at random (words inserted, deleted and
// replaced around and inside highlights, whitespace, hyphen breaks, ligatures, paragraphs moved,
// passages destroyed), so a realistic share of the highlights needs the fuzzy search. The real
// anchorAll runs in the page (anchoring-entry.ts, bundled here); the truth is tracked in Node.

import { bundleForPage } from './bundle';
import type { Page } from 'playwright-core';
import { describeSpan } from '../../lib/anchoring/describe';
import type { Anchor, Selectors } from '../../lib/anchoring/types';
import { applyRandomEdit } from '../../test/unit/anchoring/edits';
import { fixtureArticleText } from '../../test/unit/anchoring/fixtureTexts';
import {
  emptyFigures,
  formatFigures,
  judge,
  truthOf,
  type Scenario,
} from '../../test/unit/anchoring/judge';
import { EditableText } from '../../test/unit/anchoring/mutate';
import { randomHighlights, runMutationSuite } from '../../test/unit/anchoring/mutationSuite';
import { seededRandom } from '../../test/unit/anchoring/random';
import type { AnchoringBenchApi } from './anchoring-entry';
import { median, ms, percentile, type Row } from './stats';

const TIMES = 50;
const HIGHLIGHTS = 1000;
/** Edits over the whole long article: about one per 1,200 characters. */
const EDITS = 100;
const RUNS = 15;
const SEED = 2013;

const anchoringBundle = () => bundleForPage('anchoring-entry.ts');

/** The long article, its highlights, and the article after the edits, with the truth. */
function longScenario(times: number): Scenario {
  const demo = fixtureArticleText('seo-0313-page28.html');
  if (demo === null) throw new Error('no article found on the demo page');
  const original = Array.from({ length: times }, () => demo).join('\n');
  const random = seededRandom(SEED);
  const spans = randomHighlights(random, original, HIGHLIGHTS);
  const edited = new EditableText(original);
  for (let n = 0; n < EDITS; n++) applyRandomEdit(random, edited, spans, []);
  return {
    name: `demo article × ${times}`,
    original,
    edited: edited.text,
    selectors: spans.map((s) => describeSpan(original, s)),
    truths: spans.map((s) => truthOf(edited, original, s)),
  };
}

function inPage<K extends keyof AnchoringBenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<AnchoringBenchApi[K]>
): Promise<ReturnType<AnchoringBenchApi[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const bench = (
        window as unknown as { fsjAnchoringBench: Record<string, (...x: unknown[]) => unknown> }
      ).fsjAnchoringBench;
      return bench[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<AnchoringBenchApi[K]>>;
}

/** Median and p90 of RUNS timed anchorAll calls over `text` (after two warm-up calls). */
async function time(page: Page, text: string, selectors: Selectors[]) {
  await inPage(page, 'load', text, selectors);
  let anchors: Anchor[] = [];
  for (let i = 0; i < 2; i++) anchors = (await inPage(page, 'run')).anchors;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await inPage(page, 'run')).ms);
  return { median: median(times), p90: percentile(times, 90), anchors };
}

const count = (anchors: readonly Anchor[], status: Anchor['status']) =>
  anchors.filter((a) => a.status === status).length;

/**
 * Times re-anchoring in `page` (any page; the bench's pages are cross-origin isolated, so the
 * timer is precise) and runs the mutation suite in Node. Why one function: `npm run bench` gets
 * its rows for the table and the suite's figures printed, with one call.
 */
export async function benchAnchoring(page: Page): Promise<Row[]> {
  console.log(`g. re-anchoring ${HIGHLIGHTS} highlights on the demo article × ${TIMES}…`);
  const scenario = longScenario(TIMES);
  await page.addScriptTag({ content: await anchoringBundle() });
  const isolated = await inPage(page, 'isolated');
  const unchanged = await time(page, scenario.original, scenario.selectors);
  const edited = await time(page, scenario.edited, scenario.selectors);
  const figures = emptyFigures();
  edited.anchors.forEach((anchor, i) => judge(figures, scenario, i, anchor));
  const a = edited.anchors;
  const shares = `${count(a, 'exact')} exact, ${count(a, 'fuzzy')} fuzzy, ${count(a, 'orphan')} orphaned`;
  const timer = isolated ? '' : ', timer coarse';
  const double = longScenario(2 * TIMES);
  const doubled = await time(page, double.edited, double.selectors);

  console.log('g. mutation suite (2,000 highlights on edited fixture and FSJ-like texts)…');
  const suite = runMutationSuite();
  console.log(formatFigures(suite));
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

  return [
    {
      measure: `g. re-anchor ${HIGHLIGHTS} highlights, ${scenario.edited.length} chars, ${EDITS} edits (${shares}${timer})`,
      figure: ms(edited.median),
      goal: '< 50 ms',
    },
    { measure: '   same, p90', figure: ms(edited.p90), goal: '' },
    {
      measure: `   same number of highlights and edits, article × ${2 * TIMES}, ${double.edited.length} chars (${count(doubled.anchors, 'fuzzy')} fuzzy)`,
      figure: ms(doubled.median),
      goal: '',
    },
    {
      measure: `   same, text unchanged (${count(unchanged.anchors, 'exact')} exact)`,
      figure: ms(unchanged.median),
      goal: '',
    },
    {
      measure: `   surviving passages placed correctly (${figures.survivedPlaced} of ${figures.survived}), placed wrongly ${figures.wrong}`,
      figure: pct(figures.survivedPlaced, figures.survived),
      goal: '',
    },
    {
      measure: `g. mutation suite: surviving passages placed correctly (${suite.survivedPlaced} of ${suite.survived})`,
      figure: pct(suite.survivedPlaced, suite.survived),
      goal: '≥ 99%',
    },
    {
      measure: `g. mutation suite: placed wrongly (of ${suite.highlights})`,
      figure: String(suite.wrong),
      goal: '0',
    },
  ];
}
