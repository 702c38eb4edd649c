// How much a candidate place for a highlight looks like the place it was described at: the quote's
// similarity, the similarity of the text on either side to the stored prefix and suffix, and the
// distance from where the highlight was expected. One number in [0, 1] comes out; anchoring keeps
// the best candidate only if it reaches the minimum score.

import { fold, foldedAfter, foldedBefore } from './fold';
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
}

/** Prepares stored selectors for searching, expecting the highlight near one of `hints`. */
export function makeQuery(
  selectors: Selectors,
  hints: readonly number[] = [selectors.position.start],
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
  };
}

/** Distance from raw offset `at` to the nearest expected place. */
export function distanceToHints(query: Query, at: number): number {
  let best = Infinity;
  for (const hint of query.hints) best = Math.min(best, Math.abs(at - hint));
  return best;
}

/**
 * Edit distance from `pattern` to the best suffix of `text`: the alignment must end at the end of
 * `text` and may start anywhere in it. Why: a stored prefix ends where the quote starts, but how
 * far back it reaches in the new text is unknown.
 */
export function distanceEndingAt(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  // Column over the pattern, advanced one text character at a time; row 0 is free (any start).
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  for (let j = 1; j <= n; j++) {
    const t = text.charCodeAt(j - 1);
    let diagonal = column[0]!; // the cell above-left, before this column overwrote it
    column[0] = 0;
    for (let i = 1; i <= m; i++) {
      const above = column[i]!;
      const substitute = diagonal + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      const best = Math.min(substitute, above + 1, column[i - 1]! + 1);
      diagonal = above;
      column[i] = best;
    }
  }
  return column[m]!;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

/** Edit distance from `pattern` to the best prefix of `text` (the mirror of distanceEndingAt). */
export function distanceStartingAt(pattern: string, text: string): number {
  return distanceEndingAt(reverse(pattern), reverse(text));
}

/** A side of context compared, with how much it should weigh. */
interface SideScore {
  similarity: number;
  weight: number;
}

/** An empty stored context means the quote touched that end of the text: is the candidate there? */
const EDGE_WEIGHT = 6;

function prefixScore(text: string, query: Query, start: number): SideScore {
  const { prefix, foldedPrefix } = query;
  if (foldedPrefix.length === 0) {
    return { similarity: foldedBefore(text, start, 1) === '' ? 1 : 0, weight: EDGE_WEIGHT };
  }
  const weight = foldedPrefix.length;
  if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) {
    return { similarity: 1, weight };
  }
  const slack = (foldedPrefix.length >> 2) + 2;
  const actual = foldedBefore(text, start, foldedPrefix.length + slack);
  const distance = distanceEndingAt(foldedPrefix, actual);
  return { similarity: Math.max(0, 1 - distance / foldedPrefix.length), weight };
}

function suffixScore(text: string, query: Query, end: number): SideScore {
  const { suffix, foldedSuffix } = query;
  if (foldedSuffix.length === 0) {
    return { similarity: foldedAfter(text, end, 1) === '' ? 1 : 0, weight: EDGE_WEIGHT };
  }
  const weight = foldedSuffix.length;
  if (text.startsWith(suffix, end)) return { similarity: 1, weight };
  const slack = (foldedSuffix.length >> 2) + 2;
  const actual = foldedAfter(text, end, foldedSuffix.length + slack);
  const distance = distanceStartingAt(foldedSuffix, actual);
  return { similarity: Math.max(0, 1 - distance / foldedSuffix.length), weight };
}

/** How the text around a candidate agrees with the stored prefix and suffix. */
export interface ContextEvidence {
  /** Both sides together, weighted by their lengths, in [0, 1]. */
  context: number;
  /** The better-kept side alone, in [0, 1]. */
  bestSide: number;
}

/** Compares the text around [start, end) with the stored prefix and suffix. */
export function contextSimilarity(
  text: string,
  query: Query,
  start: number,
  end: number,
): ContextEvidence {
  const before = prefixScore(text, query, start);
  const after = suffixScore(text, query, end);
  return {
    context:
      (before.similarity * before.weight + after.similarity * after.weight) /
      (before.weight + after.weight),
    bestSide: Math.max(before.similarity, after.similarity),
  };
}

/** What is known about one candidate place. */
export interface Evidence extends ContextEvidence {
  /** 1 − errors / folded quote length: 1 when the quote is there (after folding). */
  quote: number;
  /** Raw distance from the candidate's start to the expected place. */
  distance: number;
}

/** Distance (plus the quote's folded length) at which a candidate counts as far. */
const NEAR_SCALE = 256;
/** Context a far candidate must have kept, both sides together... */
const FAR_CONTEXT = 0.9;
/** ...or one side kept intact, the other in part, around a quote of at least FAR_QUOTE. */
const FAR_SIDE = 0.95;
const FAR_PART = 0.6;
const FAR_QUOTE = 32;
/** Folded length from which the quote's own similarity outweighs its context. */
const LONG_QUOTE = 128;

/**
 * The candidate's score in [0, 1]. Why this shape: the quote weighs most, and the more so the
 * longer it is; how much an error costs depends on the length too (one wrong letter in a
 * three-word quote says more than in a paragraph). Context tells repeated or damaged quotes
 * apart, and weighs most for short quotes. Nearness to the expected place is the weakest
 * evidence, but a far candidate must bring its own proof: its context kept nearly as stored on
 * both sides, or kept intact on one side and in part on the other around a quote that is not
 * short. A moved paragraph carries its context along; a look-alike passage elsewhere (the same
 * name, the same turn of phrase) does not. Without proof the score is capped below any sensible
 * minimum: an orphan is better than a highlight on the wrong words.
 */
export function scoreEvidence(evidence: Evidence, foldedLength: number): number {
  const m = Math.max(1, foldedLength);
  const errorWeight = Math.min(2, Math.max(0.25, 48 / m));
  const quote = Math.max(0, 1 - (1 - evidence.quote) * errorWeight);
  const scale = NEAR_SCALE + m;
  const near = 1 / (1 + evidence.distance / scale);
  const long = Math.min(1, m / LONG_QUOTE);
  const score = (0.5 + 0.2 * long) * quote + (0.35 - 0.2 * long) * evidence.context + 0.15 * near;
  if (evidence.distance <= scale || evidence.context >= FAR_CONTEXT) return score;
  const oneSide = evidence.bestSide >= FAR_SIDE && evidence.context >= FAR_PART && m >= FAR_QUOTE;
  return oneSide ? score : Math.min(score, 0.5);
}
