// How much a candidate place for a highlight looks like the place it was described at: the quote's
// similarity, the similarity of the text on either side to the stored prefix and suffix, and the
// distance from where the highlight was expected. One number in [0, 1] comes out; anchoring keeps
// the best candidate only if it reaches the minimum score.

import type { ContextEvidence } from './context';
import { fold } from './fold';
import type { Selectors } from './types';

/** Below this score the best candidate is not trusted and the highlight is an orphan. */
export const DEFAULT_MIN_SCORE = 0.7;

/** A score this high near the expected place ends the search without looking further. */
export const SURE_SCORE = 0.88;

/** A stored highlight prepared for searching: its texts folded once. */
export interface Query {
  exact: string;
  prefix: string;
  suffix: string;
  foldedQuote: string;
  foldedPrefix: string;
  foldedSuffix: string;
  /**
   * Where the highlight is expected to start in the new text, ascending: the stored start, and
   * the stored start corrected by how far the text around it has shifted, when that is known.
   */
  hints: number[];
  /**
   * Further expected places that count only for strong candidates (the exact quote, or the
   * stored context kept): where the shift of a neighbour that was itself found far from home
   * points, which may be a moved paragraph or a repeat of the passage (a pull quote).
   */
  strongHints: number[];
}

/**
 * Prepares stored selectors for searching, expecting the highlight near one of `hints`. Why: the
 * quote and its context are folded once, not for every candidate.
 */
export function makeQuery(
  selectors: Selectors,
  hints: readonly number[] = [selectors.position.start],
  strongHints: readonly number[] = [],
): Query {
  const { exact, prefix, suffix } = selectors.quote;
  return {
    exact,
    prefix,
    suffix,
    foldedQuote: fold(exact),
    foldedPrefix: fold(prefix),
    foldedSuffix: fold(suffix),
    hints: [...new Set(hints)].sort((a, b) => a - b),
    strongHints: [...strongHints],
  };
}

/** Distance from raw offset `at` to the nearest expected place (for a strong candidate or not). */
export function distanceToHints(query: Query, at: number, strong = false): number {
  let best = Infinity;
  for (const hint of query.hints) best = Math.min(best, Math.abs(at - hint));
  if (strong) for (const hint of query.strongHints) best = Math.min(best, Math.abs(at - hint));
  return best;
}

/** Whether a candidate counts as strong. Why: only strong ones are near a strong-only hint. */
export function isStrong(quote: number, context: number): boolean {
  return quote === 1 || context >= FAR_CONTEXT;
}

/** What is known about one candidate place. */
export interface Evidence extends ContextEvidence {
  /** 1 − errors / folded quote length: 1 when the quote is there (after folding). */
  quote: number;
  /** Raw distance from the candidate's start to the expected place. */
  distance: number;
  /** True when the candidate is the whole text's only occurrence of the folded quote. */
  unique?: boolean;
}

/** Context similarity that unrelated text of the same language reaches anyway. */
const CHANCE_CONTEXT = 0.4;
/** A far candidate needs its context kept nearly as stored, both sides together... */
const FAR_CONTEXT = 0.9;
/** ...or one side kept intact, the other not unrelated, and enough verbatim text in all. */
const FAR_SIDE = 0.95;
const FAR_PART = 0.5;
const FAR_VERBATIM = 56;
/** Even with proof, a far candidate is worth less than the same evidence near... */
const FAR_FACTOR = 0.9;
/** ...unless it is the only occurrence of the quote and a long verbatim run (quote plus side). */
const UNIQUE_VERBATIM = 72;
const UNIQUE_SCORE = 0.75;
/** Folded length from which the quote's own similarity weighs most. */
const LONG_QUOTE = 128;

/**
 * Whether a candidate this far from the expected place counts as far for a quote this long. Why:
 * far candidates need proof (see scoreEvidence), and anchorAll does not pass on their shifts.
 */
export function isFar(distance: number, foldedLength: number): boolean {
  return distance > 2 * nearScale(foldedLength);
}

/** The distance at which nearness has halved: more for longer quotes. */
function nearScale(foldedLength: number): number {
  return 256 + 2 * Math.max(1, foldedLength);
}

/**
 * The candidate's score in [0, 1]. Why this shape: a long quote is evidence enough on its own,
 * a three-word one is not (the same few words recur in any article), so the quote's weight grows
 * with its length and the context's shrinks; how much a quote error costs depends on the length
 * too (one wrong letter in a three-word quote says more than in a paragraph). Context counts only
 * above what unrelated text reaches by chance. Nearness to the expected place counts for a fifth.
 *
 * A far candidate must bring its own proof: its context kept nearly as stored on both sides, or
 * one side kept intact and enough verbatim text in all (quote plus that side) to be distinctive.
 * A moved paragraph carries its context along; a look-alike phrase elsewhere (the same name, the
 * same turn of phrase) does not. Without proof the score is capped below any sensible minimum: an
 * orphan is better than a highlight on the wrong words. With proof, a far candidate still counts
 * for a little less than a near one, except the text's only occurrence of the quote within a
 * long verbatim run (a paragraph moved, with an edit on one side of the quote), which is lifted to
 * a fixed score just above the default minimum.
 *
 * The weights and limits were chosen on the generated mutation suite (test/unit/anchoring, seeds
 * 1–8), by searching for the ones that place the most surviving passages with none placed
 * wrongly; seeds not used for the search (100–103, 200–203) give 99.4% and 99.2%, none wrong.
 */
export function scoreEvidence(evidence: Evidence, foldedLength: number): number {
  const m = Math.max(1, foldedLength);
  const errorWeight = Math.min(2, Math.max(0.25, 48 / m));
  const quote = Math.max(0, 1 - (1 - evidence.quote) * errorWeight);
  const context = Math.max(0, (evidence.context - CHANCE_CONTEXT) / (1 - CHANCE_CONTEXT));
  const near = 1 / (1 + evidence.distance / nearScale(m));
  const long = Math.min(1, m / LONG_QUOTE);
  const score = (0.4 + 0.3 * long) * quote + (0.4 - 0.3 * long) * context + 0.2 * near;
  if (!isFar(evidence.distance, m)) return score;
  const verbatim = m * evidence.quote + evidence.bestSideLength;
  const proof =
    evidence.context >= FAR_CONTEXT ||
    (evidence.bestSide >= FAR_SIDE && evidence.context >= FAR_PART && verbatim >= FAR_VERBATIM);
  if (!proof) return Math.min(score, 0.5);
  if (evidence.unique === true && evidence.quote === 1 && verbatim >= UNIQUE_VERBATIM) {
    return Math.max(score, UNIQUE_SCORE);
  }
  return score * FAR_FACTOR;
}
