// Where a stored quote might be anywhere in the text, for a passage that moved: its exact raw
// occurrences, its folded occurrences (through the gram index), and approximate ones (the gram
// index points to the few places worth an approximate search). Each yields as it goes and stops
// when the highlight's budget is spent (see budget.ts); what it found then is not to be trusted.

import { approxSearch } from './approxSearch';
import { MAX_CANDIDATES, type SearchBudget } from './budget';
import { collect, maxErrorsFor, rawSpan, type Candidate } from './candidates';
import type { Query } from './score';
import { distanceToHints } from './score';
import type { Steps } from './steps';
import { bucketSize, foldedOccurrences, forEachGram, GRAM, type TextIndex } from './textIndex';

/** Occurrences found between two pauses. */
const FOUND_STEP = 256;

/** Every raw exact occurrence of the quote. Why: the cheapest search over the whole text. */
export function* exactEverywhere(
  raw: string,
  query: Query,
  budget: SearchBudget,
): Steps<Candidate[]> {
  const found: Candidate[] = [];
  const { exact } = query;
  for (let p = raw.indexOf(exact); p >= 0; p = raw.indexOf(exact, p + 1)) {
    if (found.push({ start: p, end: p + exact.length, quote: 1 }) > MAX_CANDIDATES) {
      budget.giveUp();
      return [];
    }
    if (found.length % FOUND_STEP === 0) {
      yield;
      if (budget.spent()) return [];
    }
  }
  return found;
}

/**
 * Every occurrence of the folded quote in the whole text, as raw spans. Why: a passage that moved
 * and was re-rendered (other line breaks, repaired ligatures) is no longer there verbatim.
 */
export function* foldedExactEverywhere(
  index: TextIndex,
  query: Query,
  budget: SearchBudget,
): Steps<Candidate[]> {
  const stop = () => budget.spent();
  const at = yield* foldedOccurrences(index, query.foldedQuote, MAX_CANDIDATES, stop);
  if (at === null) {
    budget.giveUp();
    return [];
  }
  return at.map((p) => ({
    ...rawSpan(index.raw, index.folded, p, p + query.foldedQuote.length, query),
    quote: 1,
  }));
}

/** Places verified by the whole-text approximate search, the most promising first. */
const MAX_REGIONS = 16;
/** A piece of the quote found more often than this says nothing about where the quote is. */
const COMMON_PIECE = 1 << 12;

/**
 * Approximate occurrences anywhere in the text. Why the grams: a match with at most k errors
 * holds at least one of k + 1 disjoint pieces of the quote unchanged, so only the places where
 * such a piece occurs need the (costly) approximate search. The rarest pieces are used, and of
 * the places they point to, those where most pieces agree (then those nearest the expected
 * place) are verified, at most MAX_REGIONS of them. When even the rarest pieces are common (a
 * text repeating itself), the highlight is past its budget.
 */
export function* fuzzyEverywhere(
  index: TextIndex,
  query: Query,
  budget: SearchBudget,
): Steps<Candidate[]> {
  const found: Candidate[] = [];
  const quote = query.foldedQuote;
  const m = quote.length;
  const pieces = Math.floor(m / GRAM);
  if (pieces < 2) return found;
  const k = maxErrorsFor(m);
  const guaranteed = Math.min(pieces - 1, 32);
  const counted: { o: number; n: number }[] = [];
  for (let o = 0; o < pieces * GRAM; o += GRAM) {
    const gram = quote.slice(o, o + GRAM);
    // A crowded bucket's size stands for the count: the piece is common either way.
    let n = bucketSize(index, gram);
    if (n <= COMMON_PIECE) {
      n = 0;
      forEachGram(index, gram, () => n++);
    }
    counted.push({ o, n });
    if (counted.length % 16 === 0) {
      yield;
      if (budget.spent()) return found;
    }
  }
  const ranked = counted.sort((a, b) => a.n - b.n).slice(0, guaranteed + 1);
  if (ranked.some(({ n }) => n > COMMON_PIECE)) {
    budget.giveUp();
    return found;
  }
  const text = index.folded.text;
  const hits: [number, number][] = [];
  for (const { o } of ranked) {
    forEachGram(index, quote.slice(o, o + GRAM), (p) => {
      hits.push([Math.max(0, p - o - k), Math.min(text.length, p - o + m + k)]);
    });
  }
  hits.sort((a, b) => a[0] - b[0]);
  yield;
  const regions: { from: number; to: number; hits: number }[] = [];
  for (const [from, to] of hits) {
    const last = regions[regions.length - 1];
    if (last !== undefined && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.hits++;
    } else regions.push({ from, to, hits: 1 });
  }
  const distance = (r: { from: number }) => distanceToHints(query, index.folded.start[r.from]!);
  regions.sort((a, b) => b.hits - a.hits || distance(a) - distance(b));
  const spent = () => budget.spent();
  for (const { from, to } of regions.slice(0, MAX_REGIONS)) {
    const matches = yield* approxSearch(text.slice(from, to), quote, k, spent);
    if (budget.spent()) return found;
    yield* collect(index.raw, index.folded, from, matches, query, found, budget);
  }
  return found;
}
