// The truth and the verdicts of the mutation suite: where a highlight's characters went through
// the edits (read from the tracked origins, never from the anchorer) and whether an anchor put it
// there, partly there, on a word-for-word repeat of it, or on the wrong words.

import { fold } from '../../../lib/anchoring/fold';
import type { Anchor, Selectors, TextSpan } from '../../../lib/anchoring/types';
import { currentSpan } from './edits';
import type { EditableText } from './mutate';

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

/** One text, highlighted and then edited: what the anchorer gets and what the truth is. */
export interface Scenario {
  name: string;
  original: string;
  edited: string;
  selectors: Selectors[];
  truths: Truth[];
}

/** All counts at zero. Why: the suite adds up its verdicts over seeds, texts and scenarios. */
export function emptyFigures(): MutationFigures {
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
export function judge(
  figures: MutationFigures,
  scenario: Scenario,
  i: number,
  anchor: Anchor,
): void {
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
