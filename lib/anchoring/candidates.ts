// Where a stored quote might be near the expected place: its exact occurrences in the raw text,
// and approximate occurrences of the folded quote (Myers' bit-parallel algorithm, approxSearch.ts).
// Each candidate is a raw span with the quote's similarity there; scoring is elsewhere, and the
// searches over the whole text are in everywhere.ts.
//
// How the approximate search behaves, and why the searches are shaped as they are: patterns
// longer than 32 characters are handled in 32-bit blocks (Myers' block algorithm), at a cost of
// about (errors / 32) blocks per text character, up to (quote length / 32) where the quote
// matches; it reports only the matches with the lowest error count in the text it is given (so a
// better-looking place elsewhere in a window hides the right one: windows stay small, and
// whole-text searches verify one region at a time); and it finds each match's start with a
// second, reversed search, so every match reported costs extra. In Node, one search over 250,000
// characters took 4–14 ms for 12–300-character quotes and 50 ms for a 1,000-character one,
// against about 70 µs for a 330-character window.

import { approxSearch, type Match } from './approxSearch';
import type { SearchBudget } from './budget';
import { distanceWithin } from './distance';
import { fold, foldRange, isDroppedCode, type Folded } from './fold';
import { distanceToHints, type Query } from './score';
import type { Steps } from './steps';

export interface Candidate {
  start: number;
  end: number;
  /** 1 − errors / folded quote length. */
  quote: number;
}

/** At most this many errors, whatever the quote's length (each 32 costs one more machine word). */
const MAX_ERRORS = 128;
/** Approximate matches looked at per search, the ones nearest the expected place first. */
const MAX_MATCHES = 64;

/**
 * Errors allowed for a quote of `m` folded characters: about a quarter, capped. Why: more would
 * match unrelated text; the cap keeps the bit-parallel search to a few machine words.
 */
export function maxErrorsFor(m: number): number {
  return Math.min(MAX_ERRORS, Math.floor(m / 4));
}

function leadingDropped(s: string): number {
  let n = 0;
  while (n < s.length && isDroppedCode(s.charCodeAt(n))) n++;
  return n;
}

function trailingDropped(s: string): number {
  let n = 0;
  while (n < s.length && isDroppedCode(s.charCodeAt(s.length - 1 - n))) n++;
  return n;
}

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Drops a piece of a word at either end of a candidate when the stored quote began (or ended)
 * with a whole word and the piece is not the start (end) of the quote. Why: when the quote's
 * first word was replaced, the cheapest alignment often takes the tail of the new word instead
 * ("ew Bamako" for "of Bamako"), and a highlight should not start in the middle of a word.
 */
function trimWordPieces(raw: string, query: Query, start: number, end: number): [number, number] {
  const { exact, prefix, suffix, foldedQuote } = query;
  const startsWord =
    isWordCode(exact.charCodeAt(0)) && !isWordCode(prefix.charCodeAt(prefix.length - 1));
  if (startsWord && start > 0 && isWordCode(raw.charCodeAt(start - 1))) {
    let next = start;
    while (next < end && isWordCode(raw.charCodeAt(next))) next++;
    const piece = fold(raw.slice(start, next));
    while (next < end && !isWordCode(raw.charCodeAt(next))) next++;
    if (next < end && !foldedQuote.startsWith(piece)) start = next;
  }
  const endsWord =
    isWordCode(exact.charCodeAt(exact.length - 1)) && !isWordCode(suffix.charCodeAt(0));
  if (endsWord && end < raw.length && isWordCode(raw.charCodeAt(end))) {
    let before = end;
    while (before > start && isWordCode(raw.charCodeAt(before - 1))) before--;
    const piece = fold(raw.slice(before, end));
    while (before > start && !isWordCode(raw.charCodeAt(before - 1))) before--;
    if (before > start && !foldedQuote.endsWith(piece)) end = before;
  }
  return [start, end];
}

/** Maps folded [fs, fe) to raw, widened over whitespace the quote itself starts or ends with. */
export function rawSpan(raw: string, folded: Folded, fs: number, fe: number, query: Query) {
  let [start, end] = trimWordPieces(raw, query, folded.start[fs]!, folded.end[fe - 1]!);
  for (let n = leadingDropped(query.exact); n > 0 && start > 0; n--) {
    if (!isDroppedCode(raw.charCodeAt(start - 1))) break;
    start--;
  }
  for (let n = trailingDropped(query.exact); n > 0 && end < raw.length; n--) {
    if (!isDroppedCode(raw.charCodeAt(end))) break;
    end++;
  }
  return { start, end };
}

/** Raw exact occurrences of the quote starting inside raw[from, to). Why: the cheapest search. */
export function exactNear(raw: string, query: Query, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  const { exact } = query;
  for (let p = raw.indexOf(exact, from); p >= 0 && p < to; p = raw.indexOf(exact, p + 1)) {
    found.push({ start: p, end: p + exact.length, quote: 1 });
  }
  return found;
}

/** Folded characters of the quote's head and tail that boundary snapping looks for. */
const SNAP = 12;

/**
 * Moves a match's boundaries onto the quote's own head and tail when they are close by and the
 * widened span still matches the quote within `maxErrors`. Why: when words were inserted inside
 * a quote near one end, the cheapest alignment often leaves that end out (dropping ten letters
 * costs less than skipping twenty inserted ones), though it is still there, unchanged.
 */
function snap(text: string, quote: string, fs: number, fe: number, maxErrors: number) {
  const m = quote.length;
  const h = Math.min(SNAP, m >> 2);
  if (h < 6) return [fs, fe] as const;
  let start = fs;
  let end = fe;
  const head = quote.slice(0, h);
  if (!text.startsWith(head, fs)) {
    const before = text.lastIndexOf(head, fs - 1);
    if (before >= 0 && before >= fs - m) start = before;
  }
  const tail = quote.slice(m - h);
  if (!text.startsWith(tail, fe - h)) {
    const after = text.indexOf(tail, fe - h + 1);
    if (after >= 0 && after + h <= fe + m) end = after + h;
  }
  if (start === fs && end === fe) return [fs, fe] as const;
  const fits = (s: number, e: number) =>
    distanceWithin(quote, text.slice(s, e), maxErrors) <= maxErrors;
  if (fits(start, end)) return [start, end] as const;
  if (start !== fs && fits(start, fe)) return [start, fe] as const;
  if (end !== fe && fits(fs, end)) return [fs, end] as const;
  return [fs, fe] as const;
}

/**
 * One match per run of overlapping ones, the longest. Why: the search reports every end position
 * that reaches the lowest error count, often several for one place, and each would otherwise be
 * snapped and scored.
 */
function distinctMatches(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const match of sorted) {
    if (match.end <= match.start) continue;
    const last = kept[kept.length - 1];
    if (last !== undefined && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
    } else kept.push(match);
  }
  return kept;
}

/**
 * Turns approximate matches (offsets from folded position `base`) into candidate spans, pausing
 * between matches (widening one compares the whole quote) and stopping when the budget is spent.
 */
export function* collect(
  raw: string,
  folded: Folded,
  base: number,
  matches: readonly Match[],
  query: Query,
  into: Candidate[],
  budget: SearchBudget,
): Steps<void> {
  const quote = query.foldedQuote;
  const m = quote.length;
  const maxErrors = maxErrorsFor(m);
  let chosen = distinctMatches(matches);
  if (chosen.length > MAX_MATCHES) {
    const distance = (s: number) => distanceToHints(query, folded.start[base + s]!);
    chosen = chosen.sort((a, b) => distance(a.start) - distance(b.start)).slice(0, MAX_MATCHES);
  }
  for (const match of chosen) {
    if (budget.spent()) return;
    const [fs, fe] = snap(folded.text, quote, base + match.start, base + match.end, maxErrors);
    into.push({ ...rawSpan(raw, folded, fs, fe, query), quote: 1 - match.errors / m });
    yield;
  }
}

/**
 * Approximate occurrences of the folded quote in raw[from, to). Why: the usual change is a small
 * one close to where the highlight was, and a window keeps the search cheap. A match that runs
 * into an edge of the window may have been cut short by it: the window is then widened by the
 * quote's length on that side and searched once more. What a spent budget cut short is not
 * trusted: the caller asks the budget.
 */
export function* fuzzyNear(
  raw: string,
  query: Query,
  from: number,
  to: number,
  budget: SearchBudget,
): Steps<Candidate[]> {
  const found: Candidate[] = [];
  const m = query.foldedQuote.length;
  if (m === 0) return found;
  const k = maxErrorsFor(m);
  const spent = () => budget.spent();
  let window = foldRange(raw, from, to);
  let matches = yield* approxSearch(window.text, query.foldedQuote, k, spent);
  if (budget.spent()) return found;
  const cutAtStart = from > 0 && matches.some((match) => match.start <= k);
  const cutAtEnd = to < raw.length && matches.some((match) => match.end >= window.text.length - k);
  if (cutAtStart || cutAtEnd) {
    const length = query.exact.length;
    window = foldRange(
      raw,
      cutAtStart ? Math.max(0, from - length) : from,
      cutAtEnd ? Math.min(raw.length, to + length) : to,
    );
    matches = yield* approxSearch(window.text, query.foldedQuote, k, spent);
    if (budget.spent()) return found;
  }
  yield* collect(raw, window, 0, matches, query, found, budget);
  return found;
}
