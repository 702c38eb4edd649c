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
  isFar,
  isStrong,
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

/** Raw characters on either side of the expected place searched before the whole text... */
const NEAR = 1024;
/** ...and, for approximate matches, the closer margin searched before that. */
const CLOSE = 96;

const ORPHAN: Anchor = { status: 'orphan' };

interface Scored extends Candidate {
  score: number;
  /** Placed far from every expected place (so its shift says nothing about its neighbours'). */
  far: boolean;
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

function scoreAll(
  text: string,
  query: Query,
  candidates: readonly Candidate[],
  unique = false,
): Scored | null {
  let best: Scored | null = null;
  const seen = new Set<number>();
  for (const c of candidates) {
    const key = c.start * 65537 + (c.end - c.start);
    if (seen.has(key)) continue;
    seen.add(key);
    const context = contextSimilarity(text, query, c.start, c.end);
    const distance = distanceToHints(query, c.start, isStrong(c.quote, context.context));
    const m = query.foldedQuote.length;
    const score = scoreEvidence({ quote: c.quote, ...context, distance, unique }, m);
    if (best === null || score > best.score) best = { ...c, score, far: isFar(distance, m) };
  }
  return best;
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.score > a.score ? b : a;
}

function toAnchor(
  text: string,
  selectors: Selectors,
  best: Scored | null,
  minScore: number,
): Anchor {
  if (best === null || best.score < minScore) return ORPHAN;
  if (text.slice(best.start, best.end) === selectors.quote.exact) {
    return { status: 'exact', start: best.start, end: best.end };
  }
  const score = Math.round(best.score * 1000) / 1000;
  return { status: 'fuzzy', start: best.start, end: best.end, score };
}

/**
 * Raw windows `margin` around the places in `around`, in their order (most likely first); a
 * place within `margin` of an earlier one adds no window of its own.
 */
function windowsAround(
  text: string,
  around: readonly number[],
  length: number,
  margin: number,
): [number, number][] {
  const windows: [number, number][] = [];
  const seen: number[] = [];
  for (const at of around) {
    if (seen.some((s) => Math.abs(s - at) <= margin)) continue;
    seen.push(at);
    windows.push([Math.max(0, at - margin), Math.min(text.length, at + length + margin)]);
  }
  return windows;
}

/** Where to look for one highlight. */
interface Where {
  /** Expected places: for scoring every candidate, the stored start among them. */
  hints: readonly number[];
  /** The expected places whose surroundings are to be searched, most likely first. */
  fresh: readonly number[];
  /** Further places to search, near only for strong candidates (see Query.strongHints). */
  strongOnly: readonly number[];
}

/**
 * The best place for a stored highlight: the stored position or a fresh place if the quote is
 * exactly there (score 1); else the best-scored candidate near the fresh places: the quote's
 * exact occurrences if one is good enough, else approximate ones close by before farther out;
 * else the quote's exact occurrences anywhere; else, through the whole-text index (built once, at
 * the first need), its folded and approximate occurrences anywhere. The costly whole-text
 * searches run only when nothing reached `minScore`: they are there to find passages that moved,
 * not to second-guess a good place near the hints.
 */
function bestPlace(
  shared: Shared,
  selectors: Selectors,
  where: Where,
  minScore: number,
): Scored | null {
  const text = shared.text;
  const { exact } = selectors.quote;
  if (exact.length === 0 || text.length === 0) return null;
  const { start, end } = selectors.position;
  if (end - start === exact.length && text.startsWith(exact, start)) {
    return { start, end, quote: 1, score: 1, far: false };
  }
  const { fresh, strongOnly } = where;
  const around = [...fresh, ...strongOnly];
  for (const hint of around) {
    if (text.startsWith(exact, hint)) {
      return { start: hint, end: hint + exact.length, quote: 1, score: 1, far: false };
    }
  }
  const query = makeQuery(selectors, where.hints, strongOnly);
  let best: Scored | null = null;
  for (const [from, to] of windowsAround(text, around, exact.length, NEAR)) {
    best = better(best, scoreAll(text, query, exactNear(text, query, from, to)));
  }
  if (best !== null && best.score >= minScore) return best;
  for (const margin of [CLOSE, NEAR]) {
    const enough = margin === CLOSE ? minScore : SURE_SCORE;
    for (const [from, to] of windowsAround(text, around, exact.length, margin)) {
      best = better(best, scoreAll(text, query, fuzzyNear(text, query, from, to)));
      if (best !== null && best.score >= enough) return best;
    }
  }
  if (best === null || best.score < SURE_SCORE) {
    best = better(best, scoreAll(text, query, exactNear(text, query, 0, text.length)));
  }
  if (best !== null && best.score >= minScore) return best;
  const index = shared.textIndex;
  const everywhere = foldedExactEverywhere(index, query);
  best = better(best, scoreAll(text, query, everywhere, everywhere.length === 1));
  if (best === null || best.score < minScore) {
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
  const hints = [selectors.position.start];
  const where = { hints, fresh: hints, strongOnly: [] };
  return toAnchor(
    text,
    selectors,
    bestPlace(new Shared(text), selectors, where, minScore),
    minScore,
  );
}

/**
 * Anchors many highlights of one article at once, in the order given. Why: the whole-text index
 * is built at most once for all of them, and placed highlights tell their neighbours (in stored
 * order) how far the text around them has shifted, so a shifted highlight is found where it now
 * is with a direct comparison instead of a search. Highlights not placed with certainty are tried
 * again (a few rounds) around the places the shifts of their placed neighbours on both sides
 * point to (the previous one may have moved with its paragraph), and the best place is kept.
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
  const tried: number[][] = [];
  const placed = (i: number) => {
    const place = places[i];
    return place === null || place === undefined || place.score < minScore ? null : place;
  };
  let shift = 0;
  for (const i of order) {
    const hints = [clamp(stored(i) + shift), stored(i)];
    tried[i] = hints;
    places[i] = bestPlace(
      shared,
      selectorsList[i]!,
      { hints, fresh: hints, strongOnly: [] },
      minScore,
    );
    const place = placed(i);
    if (place !== null && !place.far) shift = place.start - stored(i);
  }
  for (let round = 0, changed = true; round < MAX_ROUNDS && changed; round++) {
    changed = false;
    order.forEach((i, k) => {
      const first = places[i]!;
      if (first !== null && first.score >= SURE_SCORE) return;
      const fresh: number[] = [];
      const strongOnly: number[] = [];
      for (const step of [-1, 1]) {
        for (let j = k + step; j >= 0 && j < order.length; j += step) {
          const neighbour = placed(order[j]!);
          if (neighbour === null) continue;
          const hint = clamp(stored(i) + neighbour.start - stored(order[j]!));
          if (tried[i]!.every((t) => Math.abs(t - hint) > CLOSE / 2)) {
            (neighbour.far ? strongOnly : fresh).push(hint);
          }
          break;
        }
      }
      if (fresh.length + strongOnly.length === 0) return;
      tried[i] = [...tried[i]!, ...fresh, ...strongOnly];
      const hints = tried[i]!.filter((h) => !strongOnly.includes(h));
      const second = bestPlace(shared, selectorsList[i]!, { hints, fresh, strongOnly }, minScore);
      if (second !== null && (first === null || second.score > first.score)) {
        places[i] = second;
        changed = true;
      }
    });
  }
  return places.map((place, i) => toAnchor(text, selectorsList[i]!, place, minScore));
}
