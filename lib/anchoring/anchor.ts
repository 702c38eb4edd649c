// Re-anchoring stored highlights in an article's (possibly changed) text: one at a time, or all
// of one article at once, where placed highlights tell their neighbours how far the text has
// shifted. The search for each one is in place.ts; here its best place becomes an Anchor, kept if
// it reaches the minimum score, and otherwise the highlight is an orphan rather than misplaced.
// What the searches may spend is bounded (budget.ts); in the background they run in slices
// (anchorAllInSlices), so that other tabs' requests are answered while a long search goes on.

import { SearchBudget, type BudgetLimits } from './budget';
import { bestPlace, CLOSE, exactlyThere, Shared, type Scored, type Where } from './place';
import { DEFAULT_MIN_SCORE, SURE_SCORE } from './score';
import { runInSlices, runNow, type SliceOptions, type Steps } from './steps';
import type { Anchor, Selectors } from './types';

export interface AnchorOptions {
  /** The score in [0, 1] a place needs to be trusted; below it the highlight is an orphan. */
  minScore?: number;
  /** What the searches may spend (the defaults of budget.ts otherwise). */
  budget?: BudgetLimits;
}

/** Rounds of anchorAll that retry uncertain highlights with their neighbours' shifts. */
const MAX_ROUNDS = 3;

const ORPHAN: Anchor = { status: 'orphan' };

/** The Anchor for a best place: exact when the text there is the stored quote as it was. */
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
  const hints = [Math.min(text.length, Math.max(0, selectors.position.start))];
  const where = { hints, fresh: hints, strongOnly: [] };
  const budget = new SearchBudget(options.budget);
  budget.startHighlight();
  const best = runNow(bestPlace(new Shared(text), selectors, where, minScore, budget));
  return toAnchor(text, selectors, best, minScore);
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
  return runNow(anchorSteps(text, selectorsList, options));
}

/**
 * anchorAll in slices that give the event loop back every few milliseconds (steps.ts). Why: in
 * the background one page's long search must not hold up another tab's save.
 */
export function anchorAllInSlices(
  text: string,
  selectorsList: readonly Selectors[],
  options: AnchorOptions & SliceOptions = {},
): Promise<Anchor[]> {
  return runInSlices(anchorSteps(text, selectorsList, options), options);
}

function* anchorSteps(
  text: string,
  selectorsList: readonly Selectors[],
  options: AnchorOptions,
): Steps<Anchor[]> {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const budget = new SearchBudget(options.budget);
  const shared = new Shared(text);
  function* search(selectors: Selectors, where: Where): Steps<Scored | null> {
    budget.startHighlight();
    return yield* bestPlace(shared, selectors, where, minScore, budget);
  }
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
    // A highlight exactly where it is expected costs no search (nor a reading of the clock).
    const where = { hints, fresh: hints, strongOnly: [] };
    const selectors = selectorsList[i]!;
    places[i] = exactlyThere(text, selectors, where) ?? (yield* search(selectors, where));
    const place = placed(i);
    if (place !== null && !place.far) shift = place.start - stored(i);
  }
  for (let round = 0, changed = true; round < MAX_ROUNDS && changed; round++) {
    changed = false;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const first = places[i]!;
      if (first !== null && first.score >= SURE_SCORE) continue;
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
      if (fresh.length + strongOnly.length === 0) continue;
      tried[i] = [...tried[i]!, ...fresh, ...strongOnly];
      const hints = tried[i]!.filter((h) => !strongOnly.includes(h));
      const where = { hints, fresh, strongOnly };
      const selectors = selectorsList[i]!;
      const second = exactlyThere(text, selectors, where) ?? (yield* search(selectors, where));
      if (second !== null && (first === null || second.score > first.score)) {
        places[i] = second;
        changed = true;
      }
    }
  }
  return places.map((place, i) => toAnchor(text, selectorsList[i]!, place, minScore));
}
