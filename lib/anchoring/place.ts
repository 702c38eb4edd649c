// The best place for one stored highlight in an article's (possibly changed) text, cheapest
// search first: the stored position, if the quote is still exactly there; the quote's exact
// occurrences near the expected places; approximate occurrences near them; then the whole text
// (exact occurrences, folded ones, approximate ones through the gram index). Every candidate is
// scored on the quote, the stored prefix and suffix, and the distance from the expected places.
// All but the first two steps spend the highlight's budget (budget.ts), and yield as they go.

import type { SearchBudget } from './budget';
import { exactNear, fuzzyNear } from './candidates';
import type { Candidate } from './candidates';
import { contextSimilarity } from './context';
import { exactEverywhere, foldedExactEverywhere, fuzzyEverywhere } from './everywhere';
import {
  distanceToHints,
  isFar,
  isStrong,
  makeQuery,
  scoreEvidence,
  SURE_SCORE,
  type Query,
} from './score';
import type { Steps } from './steps';
import { buildTextIndexSteps, type TextIndex } from './textIndex';
import type { Selectors } from './types';

/** Raw characters on either side of the expected place searched before the whole text... */
const NEAR = 1024;
/** ...and, for approximate matches, the closer margin searched before that. */
export const CLOSE = 96;

/** A candidate place with its score. */
export interface Scored extends Candidate {
  score: number;
  /** Placed far from every expected place (so its shift says nothing about its neighbours'). */
  far: boolean;
}

/** Lazily built whole-text index, shared by the highlights of one call. */
export class Shared {
  private index: TextIndex | null = null;
  private building: Steps<TextIndex> | null = null;
  constructor(readonly text: string) {}

  /**
   * The whole-text index, built in slices at the first need; null when the budget ran out before
   * it was done (the build goes on where it stopped at the next need).
   */
  *textIndex(budget: SearchBudget): Steps<TextIndex | null> {
    if (this.index !== null) return this.index;
    this.building ??= buildTextIndexSteps(this.text);
    for (;;) {
      const step = this.building.next();
      if (step.done === true) {
        this.index = step.value;
        this.building = null;
        return this.index;
      }
      yield;
      if (budget.spent()) return null;
    }
  }
}

/** Candidates scored between two pauses. */
const SCORE_STEP = 64;

/**
 * The best-scored of `candidates` (each distinct span scored once), or null if there are none;
 * it stops early when `budget` (if any) is spent, and the caller is then not to trust it.
 */
function* scoreAll(
  text: string,
  query: Query,
  candidates: readonly Candidate[],
  budget: SearchBudget | null,
  unique = false,
): Steps<Scored | null> {
  let best: Scored | null = null;
  const seen = new Set<number>();
  let scored = 0;
  for (const c of candidates) {
    const key = c.start * 65537 + (c.end - c.start);
    if (seen.has(key)) continue;
    seen.add(key);
    const context = contextSimilarity(text, query, c.start, c.end);
    const distance = distanceToHints(query, c.start, isStrong(c.quote, context.context));
    const m = query.foldedQuote.length;
    const score = scoreEvidence({ quote: c.quote, ...context, distance, unique }, m);
    if (best === null || score > best.score) best = { ...c, score, far: isFar(distance, m) };
    if (++scored % SCORE_STEP === 0) {
      yield;
      if (budget?.spent() === true) return best;
    }
  }
  return best;
}

/** The higher-scored of two places (the first on a tie). */
function better(a: Scored | null, b: Scored | null): Scored | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.score > a.score ? b : a;
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
export interface Where {
  /** Expected places: for scoring every candidate, the stored start among them. */
  hints: readonly number[];
  /** The expected places whose surroundings are to be searched, most likely first. */
  fresh: readonly number[];
  /** Further places to search, near only for strong candidates (see Query.strongHints). */
  strongOnly: readonly number[];
}

/**
 * The stored position, or else a fresh place, if the quote is exactly there (score 1); else null.
 * Why apart: most highlights of a page are found so, and this costs them no search at all.
 */
export function exactlyThere(text: string, selectors: Selectors, where: Where): Scored | null {
  const { exact } = selectors.quote;
  if (exact.length === 0) return null;
  const { start, end } = selectors.position;
  if (start >= 0 && end - start === exact.length && text.startsWith(exact, start)) {
    return { start, end, quote: 1, score: 1, far: false };
  }
  for (const hints of [where.fresh, where.strongOnly]) {
    for (const hint of hints) {
      if (hint >= 0 && text.startsWith(exact, hint)) {
        return { start: hint, end: hint + exact.length, quote: 1, score: 1, far: false };
      }
    }
  }
  return null;
}

/**
 * The best place for a stored highlight: the stored position or a fresh place if the quote is
 * exactly there (score 1); else the best-scored candidate near the fresh places: the quote's
 * exact occurrences if one is good enough, else approximate ones close by before farther out;
 * else the quote's exact occurrences anywhere; else, through the whole-text index (built once, at
 * the first need), its folded and approximate occurrences anywhere. The costly whole-text
 * searches run only when nothing reached `minScore`: they are there to find passages that moved,
 * not to second-guess a good place near the hints.
 *
 * The approximate searches and the index run only for a quote the budget admits over this text;
 * everything after the exact look near the expected places stops when the budget is spent, and
 * the highlight is then not found (null): a search cut short may not have met its best place.
 */
export function* bestPlace(
  shared: Shared,
  selectors: Selectors,
  where: Where,
  minScore: number,
  budget: SearchBudget,
): Steps<Scored | null> {
  const text = shared.text;
  const { exact } = selectors.quote;
  if (exact.length === 0 || text.length === 0) return null;
  const there = exactlyThere(text, selectors, where);
  if (there !== null) return there;
  const { fresh, strongOnly } = where;
  const around = [...fresh, ...strongOnly];
  const query = makeQuery(selectors, where.hints, strongOnly);
  let best: Scored | null = null;
  for (const [from, to] of windowsAround(text, around, exact.length, NEAR)) {
    best = better(best, yield* scoreAll(text, query, exactNear(text, query, from, to), null));
  }
  if (best !== null && best.score >= minScore) return best;
  const fuzzy = budget.admits(text.length, query.foldedQuote.length);
  for (const margin of fuzzy ? [CLOSE, NEAR] : []) {
    const enough = margin === CLOSE ? minScore : SURE_SCORE;
    for (const [from, to] of windowsAround(text, around, exact.length, margin)) {
      const near = yield* fuzzyNear(text, query, from, to, budget);
      best = better(best, yield* scoreAll(text, query, near, budget));
      if (budget.spent()) return null;
      if (best !== null && best.score >= enough) return best;
    }
  }
  if ((best === null || best.score < SURE_SCORE) && !budget.spent()) {
    const anywhere = yield* exactEverywhere(text, query, budget);
    best = better(best, yield* scoreAll(text, query, anywhere, budget));
    if (budget.spent()) return null;
  }
  if ((best !== null && best.score >= minScore) || !fuzzy) return best;
  const index = yield* shared.textIndex(budget);
  if (index === null) return null;
  const everywhere = yield* foldedExactEverywhere(index, query, budget);
  best = better(best, yield* scoreAll(text, query, everywhere, budget, everywhere.length === 1));
  if (budget.spent()) return null;
  if (best === null || best.score < minScore) {
    const approximate = yield* fuzzyEverywhere(index, query, budget);
    best = better(best, yield* scoreAll(text, query, approximate, budget));
    if (budget.spent()) return null;
  }
  return best;
}
