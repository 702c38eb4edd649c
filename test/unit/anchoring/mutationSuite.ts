// The generated mutation suite: random highlights on the fixture pages' article texts and on
// made-up FSJ-like texts, each text edited at random, every highlight re-anchored, and the result
// judged against the truth tracked through the edits (see mutate.ts). Exported for the unit test
// and for `npm run bench`, which prints the figures.

import { anchorAll, anchorSelectors } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/describe';
import { fold } from '../../../lib/anchoring/fold';
import type { Anchor, Selectors, TextSpan } from '../../../lib/anchoring/types';
import { applyRandomEdit, currentSpan } from './edits';
import { fixtureArticleTexts, type NamedText } from './fixtureTexts';
import { fsjLikeText } from './fsjText';
import { EditableText, loseLigatures, wordsOf, type LostLigature } from './mutate';
import { seededRandom, type Random } from './random';

/** What became of a highlight's passage, judged from the tracked characters alone. */
export type Fate = 'survived' | 'damaged' | 'destroyed';

export interface Truth {
  fate: Fate;
  /** Where the passage's surviving characters are now (null when none are left). */
  span: TextSpan | null;
}

/** A placement counts as correct when it overlaps the truth by this much (of the longer span). */
export const CORRECT_OVERLAP = 0.8;

export interface MutationFigures {
  highlights: number;
  survived: number;
  survivedPlaced: number;
  survivedPartial: number;
  survivedOrphaned: number;
  damaged: number;
  damagedPlaced: number;
  damagedPartial: number;
  damagedOrphaned: number;
  destroyed: number;
  /** Placed on what is left of a destroyed passage (its remains, or its torn-apart pieces). */
  destroyedOnRemains: number;
  destroyedOrphaned: number;
  /**
   * Placed off the passage, on a word-for-word repeat of it elsewhere in the article (see
   * isRepeat): not counted wrong, and not correct either.
   */
  onRepeat: number;
  /** Placed where the passage is not (and not on a repeat of it). */
  wrong: number;
  exact: number;
  fuzzy: number;
  orphan: number;
  /** A few of the survived-but-not-placed and wrong cases, to read when a figure goes bad. */
  failures: string[];
}

/** Plain Levenshtein distance (the truth's own, independent of the anchorer's code). */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j - 1]! + cost, previous[j]! + 1, row[j - 1]! + 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The truth for original span `span`: where its characters went and how much of it is left.
 * "Survived": the text there differs from the quote by at most 15% (after folding away
 * whitespace, hyphens and ligature losses); "damaged": up to 50%; otherwise, or when its pieces
 * were torn apart, "destroyed".
 */
export function truthOf(edited: EditableText, original: string, span: TextSpan): Truth {
  const now = currentSpan(edited, span);
  if (now === null) return { fate: 'destroyed', span: null };
  const length = span.end - span.start;
  if (now.end - now.start > length * 1.5 + 16) return { fate: 'destroyed', span: now };
  const before = fold(original.slice(span.start, span.end));
  const after = fold(edited.text.slice(now.start, now.end));
  const change = levenshtein(before, after) / Math.max(1, before.length, after.length);
  return { fate: change <= 0.15 ? 'survived' : change <= 0.5 ? 'damaged' : 'destroyed', span: now };
}

function common(a: TextSpan, b: TextSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Shared length over the longer of the two spans. */
function overlap(a: TextSpan, b: TextSpan): number {
  return common(a, b) / Math.max(a.end - a.start, b.end - b.start);
}

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

interface Scenario {
  name: string;
  original: string;
  edited: string;
  selectors: Selectors[];
  truths: Truth[];
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

function emptyFigures(): MutationFigures {
  return {
    highlights: 0,
    survived: 0,
    survivedPlaced: 0,
    survivedPartial: 0,
    survivedOrphaned: 0,
    damaged: 0,
    damagedPlaced: 0,
    damagedPartial: 0,
    damagedOrphaned: 0,
    destroyed: 0,
    destroyedOnRemains: 0,
    destroyedOrphaned: 0,
    onRepeat: 0,
    wrong: 0,
    exact: 0,
    fuzzy: 0,
    orphan: 0,
    failures: [],
  };
}

/** Folded edit distance between `a` and `b`, relative to the longer. */
function change(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  return levenshtein(fa, fb) / Math.max(1, fa.length, fb.length);
}

/**
 * Whether `span` of `text` repeats the stored passage word for word elsewhere in the article: the
 * quote itself (at most 5% folded difference) with the stored context on both sides, or, for a
 * quote of at least 32 folded characters, on one side (at most 10% difference each). A pull
 * quote repeating the highlighted sentence is the usual case: once the original is rewritten, no
 * reader could tell which of the two copies the highlight was on.
 */
function isRepeat(text: string, span: TextSpan, selectors: Selectors): boolean {
  const { prefix, exact, suffix } = selectors.quote;
  if (change(exact, text.slice(span.start, span.end)) > 0.05) return false;
  const before = change(prefix, text.slice(Math.max(0, span.start - prefix.length), span.start));
  const after = change(suffix, text.slice(span.end, span.end + suffix.length));
  if (before <= 0.1 && after <= 0.1) return true;
  return fold(exact).length >= 32 && (before <= 0.1 || after <= 0.1);
}

/**
 * Judges one anchor against the truth. Correct: overlapping the tracked span by 80% of the longer
 * of the two. Partial: not correct, but at least half of the placed span lies on the tracked
 * span. Wrong: any other placement (including any placement when no character of the passage is
 * left).
 */
function judge(figures: MutationFigures, scenario: Scenario, i: number, anchor: Anchor): void {
  const truth = scenario.truths[i]!;
  const selectors = scenario.selectors[i]!;
  figures.highlights++;
  figures[anchor.status]++;
  const placed = anchor.status !== 'orphan';
  const onPassage =
    placed &&
    truth.span !== null &&
    common(anchor, truth.span) >= 0.5 * (anchor.end - anchor.start);
  const correct =
    onPassage && truth.fate !== 'destroyed' && overlap(anchor, truth.span!) >= CORRECT_OVERLAP;
  const onRepeat = placed && !onPassage && isRepeat(scenario.edited, anchor, selectors);
  const wrong = placed && !onPassage && !onRepeat;
  if (onRepeat) figures.onRepeat++;
  if (wrong) figures.wrong++;
  if (truth.fate === 'survived') {
    figures.survived++;
    if (correct) figures.survivedPlaced++;
    else if (onPassage) figures.survivedPartial++;
    if (!placed) figures.survivedOrphaned++;
  } else if (truth.fate === 'damaged') {
    figures.damaged++;
    if (correct) figures.damagedPlaced++;
    else if (onPassage) figures.damagedPartial++;
    if (!placed) figures.damagedOrphaned++;
  } else {
    figures.destroyed++;
    if (onPassage) figures.destroyedOnRemains++;
    if (!placed) figures.destroyedOrphaned++;
  }
  if ((wrong || (truth.fate === 'survived' && !correct)) && figures.failures.length < 12) {
    const now = truth.span === null ? '' : scenario.edited.slice(truth.span.start, truth.span.end);
    const got = placed ? scenario.edited.slice(anchor.start, anchor.end) : '';
    figures.failures.push(
      `${scenario.name} #${i} ${truth.fate} → ${anchor.status}` +
        `${anchor.status === 'fuzzy' ? ` ${anchor.score}` : ''}\n` +
        `  quote: ${JSON.stringify(selectors.quote.exact)}\n  truth: ${JSON.stringify(now)}\n` +
        `  got:   ${JSON.stringify(got)}`,
    );
  }
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
        ? scenario.selectors.map((s) => anchorSelectors(scenario.edited, s))
        : anchorAll(scenario.edited, scenario.selectors);
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

/** The figures as a few lines for people. */
export function formatFigures(f: MutationFigures): string {
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  return [
    `${f.highlights} highlights: ${f.exact} exact, ${f.fuzzy} fuzzy, ${f.orphan} orphaned`,
    `survived ${f.survived}: placed correctly ${f.survivedPlaced} (${pct(f.survivedPlaced, f.survived)}), partly ${f.survivedPartial}, orphaned ${f.survivedOrphaned}`,
    `damaged ${f.damaged}: placed correctly ${f.damagedPlaced}, partly ${f.damagedPartial}, orphaned ${f.damagedOrphaned}`,
    `destroyed ${f.destroyed}: orphaned ${f.destroyedOrphaned}, placed on its remains ${f.destroyedOnRemains}`,
    `placed on a verbatim repeat of the passage: ${f.onRepeat}`,
    `placed wrongly: ${f.wrong}`,
  ].join('\n');
}
