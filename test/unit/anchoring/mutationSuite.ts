// The generated mutation suite: random highlights on the fixture pages' article texts and on
// made-up FSJ-like texts, each text edited at random, every highlight re-anchored, and the result
// judged against the truth tracked through the edits (see mutate.ts). Exported for the unit test
// and for `npm run bench`, which prints the figures.

import { anchorAll, anchorSelectors } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { TextSpan } from '../../../lib/anchoring/types';
import { applyRandomEdit } from './edits';
import { fixtureArticleTexts, type NamedText } from './fixtureTexts';
import { fsjLikeText } from './fsjText';
import { EditableText, loseLigatures, wordsOf, type LostLigature } from './mutate';
import { seededRandom, type Random } from './random';
import { emptyFigures, judge, truthOf, type MutationFigures, type Scenario } from './judge';

export { formatFigures, type MutationFigures } from './judge';

/** Random spans of 3–40 whole words of `text`. */
export function randomHighlights(random: Random, text: string, count: number): TextSpan[] {
  const words = wordsOf(text);
  const spans: TextSpan[] = [];
  if (words.length < 3) return spans;
  for (let n = 0; n < count; n++) {
    const length = Math.min(words.length, random.int(3, 40));
    const first = random.int(0, words.length - length);
    spans.push({ start: words[first]!.start, end: words[first + length - 1]!.end });
  }
  return spans;
}

/** One text, highlighted and then edited at random. */
export function makeScenario(
  random: Random,
  named: NamedText,
  highlights: number,
  editsPerHighlight: number,
): Scenario {
  let original = named.text;
  let lost: LostLigature[] = [];
  if (random.chance(0.5)) ({ text: original, lost } = loseLigatures(random, original));
  const spans = randomHighlights(random, original, highlights);
  const edited = new EditableText(original);
  const edits = Math.round(highlights * editsPerHighlight);
  for (let n = 0; n < edits; n++) applyRandomEdit(random, edited, spans, lost);
  return {
    name: named.name,
    original,
    edited: edited.text,
    selectors: spans.map((s) => describeSpan(original, s)),
    truths: spans.map((s) => truthOf(edited, original, s)),
  };
}

/** Random edits per highlight: most land near a highlight, so most highlights are touched. */
export const EDITS_PER_HIGHLIGHT = 1.2;

export interface SuiteOptions {
  /** One run of the suite per seed, figures added up. */
  seeds?: readonly number[];
  /** Scenarios per text and seed, relative to the default (1 gives 500 highlights a seed). */
  scale?: number;
  /** Anchor each highlight alone with anchorSelectors instead of all at once with anchorAll. */
  oneByOne?: boolean;
}

/**
 * The suite judges where highlights are placed, not how long it takes: no time budget, so that a
 * loaded machine cannot change its figures (the budget's own tests are in budget.test.ts).
 */
const UNTIMED = { budget: { highlightMs: Infinity, callMs: Infinity } };

/** The seeds the unit test and the bench use: the first four, not chosen for their figures. */
export const DEFAULT_SEEDS = [1, 2, 3, 4];

function runSeed(
  seed: number,
  texts: readonly NamedText[],
  options: SuiteOptions,
  figures: MutationFigures,
) {
  const random = seededRandom(seed);
  const scale = options.scale ?? 1;
  const plan = texts.map((named) => ({ named, trials: 8 * scale, highlights: 10 }));
  for (let n = 0; n < 3; n++) {
    const text = fsjLikeText(random, 18);
    plan.push({ named: { name: `fsj-like-${n + 1}`, text }, trials: 2 * scale, highlights: 30 });
  }
  for (const { named, trials, highlights } of plan) {
    for (let t = 0; t < trials; t++) {
      const scenario = makeScenario(random, named, highlights, EDITS_PER_HIGHLIGHT);
      const anchors = options.oneByOne
        ? scenario.selectors.map((s) => anchorSelectors(scenario.edited, s, UNTIMED))
        : anchorAll(scenario.edited, scenario.selectors, UNTIMED);
      anchors.forEach((anchor, i) => judge(figures, scenario, i, anchor));
    }
  }
}

/**
 * Runs the whole suite: for each seed, highlights on the fixture pages' texts (10 on each, 8
 * times) and on three made-up FSJ-like texts (30 on each, twice), every text edited at random
 * and re-anchored. Why a function: the unit test asserts on its figures and `npm run bench`
 * prints them.
 */
export function runMutationSuite(options: SuiteOptions = {}): MutationFigures {
  const texts = fixtureArticleTexts();
  const figures = emptyFigures();
  for (const seed of options.seeds ?? DEFAULT_SEEDS) runSeed(seed, texts, options, figures);
  return figures;
}
