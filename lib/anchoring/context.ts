// How well the text around a candidate place agrees with a highlight's stored prefix and suffix,
// compared after folding, with edit distances that let the context start (or end) anywhere near
// the candidate, since edits may have lengthened or shortened it.

import { distanceEndingAt, distanceStartingAt } from './distance';
import { foldedAfter, foldedBefore } from './fold';
import type { Query } from './score';

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
  /** The better-kept side alone, in [0, 1]... */
  bestSide: number;
  /** ...and how many folded characters of stored context it holds. */
  bestSideLength: number;
}

/**
 * Compares the text around [start, end) with the stored prefix and suffix. Why: context tells
 * repeated quotes apart and vouches for a quote that changed.
 */
export function contextSimilarity(
  text: string,
  query: Query,
  start: number,
  end: number,
): ContextEvidence {
  const before = prefixScore(text, query, start);
  const after = suffixScore(text, query, end);
  const best = before.similarity >= after.similarity ? before : after;
  return {
    context:
      (before.similarity * before.weight + after.similarity * after.weight) /
      (before.weight + after.weight),
    bestSide: best.similarity,
    bestSideLength: best.weight,
  };
}
