// Re-anchoring stored highlights in an article's (possibly changed) text. In order, cheapest
// first: the stored position, if the quote is still exactly there; the quote's exact occurrences
// near the expected place; approximate occurrences near it; then the whole text (exact occurrences,
// folded ones, approximate ones through the gram index). Every candidate is scored on the quote,
// the stored prefix and suffix, and the distance from the expected place; the best one is kept if
// it reaches the minimum score, and otherwise the highlight is an orphan rather than misplaced.

import { exactNear, foldedExactEverywhere, fuzzyEverywhere, fuzzyNear } from './candidates';
import type { Candidate } from './candidates';
import { contextSimilarity } from './context';
import {
  DEFAULT_MIN_SCORE,
  distanceToHints,
  makeQuery,
  scoreEvidence,
  SURE_SCORE,
  type Query,
} from './score';
import { buildTextIndex, type TextIndex } from './textIndex';
import type { Anchor, Selectors } from './types';

export interface AnchorOptions {
  /** The score in [0, 1] a place needs to be trusted; below it the highlight is an orphan. */
  minScore?: number;
}

/** Rounds of anchorAll that retry uncertain highlights with their neighbours' shifts. */
const MAX_ROUNDS = 3;

/** Raw characters on either side of the expected place searched before the whole text. */
const NEAR = 1024;

const ORPHAN: Anchor = { status: 'orphan' };

interface Scored extends Candidate {
  score: number;
}

/** Lazily built whole-text index, shared by the highlights of one call. */
class Shared {
  private index: TextIndex | null = null;
  constructor(readonly text: string) {}
  get textIndex(): TextIndex {
    this.index ??= buildTextIndex(this.text);
    return this.index;
  }
}

function scoreAll(text: string, query: Query, candidates: readonly Candidate[]): Scored | null {
  let best: Scored | null = null;
  const seen = new Set<number>();
  for (const c of candidates) {
    const key = c.start * 65537 + (c.end - c.start);
    if (seen.has(key)) continue;
    seen.add(key);
    const score = scoreEvidence(
      {
        quote: c.quote,
        ...contextSimilarity(text, query, c.start, c.end),
        distance: distanceToHints(query, c.start),
      },
      query.foldedQuote.length,
    );
    if (best === null || score > best.score) best = { ...c, score };
  }
  return best;
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.score > a.score ? b : a;
}

function toAnchor(text: string, query: Query, best: Scored | null, minScore: number): Anchor {
  if (best === null || best.score < minScore) return ORPHAN;
  if (text.slice(best.start, best.end) === query.exact) {
    return { status: 'exact', start: best.start, end: best.end };
  }
  const score = Math.round(best.score * 1000) / 1000;
  return { status: 'fuzzy', start: best.start, end: best.end, score };
}

/** The raw windows searched first: around each expected place, overlapping ones merged. */
function nearWindows(text: string, query: Query): [number, number][] {
  const windows: [number, number][] = [];
  for (const hint of query.hints) {
    const from = Math.max(0, hint - NEAR);
    const to = Math.min(text.length, hint + query.exact.length + NEAR);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * The best place for one prepared query: the stored position or a hint if the quote is exactly
 * there (score 1), else the best-scored candidate near the hints, else from the whole text.
 */
function bestPlace(shared: Shared, selectors: Selectors, query: Query): Scored | null {
  const text = shared.text;
  const { exact } = query;
  if (exact.length === 0 || text.length === 0) return null;
  const { start, end } = selectors.position;
  if (end - start === exact.length && text.startsWith(exact, start)) {
    return { start, end, quote: 1, score: 1 };
  }
  for (const hint of query.hints) {
    if (text.startsWith(exact, hint)) {
      return { start: hint, end: hint + exact.length, quote: 1, score: 1 };
    }
  }
  const windows = nearWindows(text, query);
  let best: Scored | null = null;
  for (const [from, to] of windows) {
    best = better(best, scoreAll(text, query, exactNear(text, query, from, to)));
  }
  if (best !== null && best.score >= SURE_SCORE) return best;
  for (const [from, to] of windows) {
    best = better(best, scoreAll(text, query, fuzzyNear(text, query, from, to)));
  }
  if (best !== null && best.score >= SURE_SCORE) return best;
  const index = shared.textIndex;
  best = better(best, scoreAll(text, query, foldedExactEverywhere(index, query)));
  if (best === null || best.score < SURE_SCORE) {
    best = better(best, scoreAll(text, query, fuzzyEverywhere(index, query)));
  }
  return best;
}

/**
 * Finds where one stored highlight is in `text` now. Why: a page's text changes between visits
 * (corrections, re-rendering, different whitespace or ligatures), and a highlight must follow its
 * passage there, or be reported as an orphan, but never be painted over the wrong words.
 */
export function anchorSelectors(
  text: string,
  selectors: Selectors,
  options: AnchorOptions = {},
): Anchor {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const query = makeQuery(selectors);
  return toAnchor(text, query, bestPlace(new Shared(text), selectors, query), minScore);
}

/**
 * Anchors many highlights of one article at once, in the order given. Why: the whole-text index
 * is built at most once for all of them, and placed highlights tell their neighbours (in stored
 * order) how far the text around them has shifted, so a shifted highlight is found where it now
 * is with a direct comparison instead of a search. A highlight that was not placed with certainty
 * is tried once more with the shifts of the placed highlights on both sides (the previous one
 * may have moved with its paragraph), and the better of the two places is kept.
 */
export function anchorAll(
  text: string,
  selectorsList: readonly Selectors[],
  options: AnchorOptions = {},
): Anchor[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const shared = new Shared(text);
  const stored = (i: number) => selectorsList[i]!.position.start;
  const order = selectorsList.map((_, i) => i).sort((a, b) => stored(a) - stored(b));
  const clamp = (at: number) => Math.min(text.length, Math.max(0, at));
  const places: (Scored | null)[] = new Array<Scored | null>(selectorsList.length).fill(null);
  const queries: Query[] = [];
  const shiftOf = (i: number) => {
    const place = places[i];
    return place === null || place === undefined || place.score < minScore
      ? null
      : place.start - stored(i);
  };
  let shift = 0;
  for (const i of order) {
    const query = makeQuery(selectorsList[i]!, [stored(i), clamp(stored(i) + shift)]);
    queries[i] = query;
    places[i] = bestPlace(shared, selectorsList[i]!, query);
    shift = shiftOf(i) ?? shift;
  }
  // Further rounds for the uncertain, with the shifts of the placed neighbours on both sides;
  // each round may place highlights that help the next.
  for (let round = 0, changed = true; round < MAX_ROUNDS && changed; round++) {
    changed = false;
    order.forEach((i, k) => {
      const first = places[i]!;
      if (first !== null && first.score >= SURE_SCORE) return;
      const hints = [stored(i)];
      for (const step of [-1, 1]) {
        for (let j = k + step; j >= 0 && j < order.length; j += step) {
          const neighbour = shiftOf(order[j]!);
          if (neighbour === null) continue;
          hints.push(clamp(stored(i) + neighbour));
          break;
        }
      }
      if (hints.every((h) => queries[i]!.hints.includes(h))) return;
      const query = makeQuery(selectorsList[i]!, [...new Set([...queries[i]!.hints, ...hints])]);
      queries[i] = query;
      const second = bestPlace(shared, selectorsList[i]!, query);
      if (second !== null && (first === null || second.score > first.score)) {
        places[i] = second;
        changed = true;
      }
    });
  }
  return places.map((place, i) => toAnchor(text, queries[i]!, place, minScore));
}
