// The whole article folded once, with an index of every 8-character run of the folded text, for
// the searches that have to look at the whole text: where else the quote occurs (it may have been
// moved) and, by the pigeonhole principle, which few places could hold a mildly changed quote.
// Built lazily and shared by every highlight of one batch.

import { foldRangeSteps, type Folded } from './fold';
import { runNow, type Steps } from './steps';

/** Length of the indexed runs ("grams") of folded text. */
export const GRAM = 8;
const BUCKET_BITS = 16;

export interface TextIndex {
  raw: string;
  folded: Folded;
  /** bucketStart[b]..bucketStart[b + 1] is the slice of `positions` whose gram hashes to b. */
  bucketStart: Int32Array;
  positions: Int32Array;
}

// Grams are hashed as polynomials in HASH_BASE (mod 2^32), so the hash can roll along the text.
const HASH_BASE = 0x9e3779b1;
const HASH_BASE_POW = (() => {
  let p = 1;
  for (let i = 0; i < GRAM; i++) p = Math.imul(p, HASH_BASE);
  return p;
})();

function bucketOf(hash: number): number {
  return Math.imul(hash, 0x85ebca6b) >>> (32 - BUCKET_BITS);
}

function gramBucket(gram: string): number {
  let h = 0;
  for (let i = 0; i < GRAM; i++) h = (Math.imul(h, HASH_BASE) + gram.charCodeAt(i)) | 0;
  return bucketOf(h);
}

/** Folded positions hashed (or placed) between two pauses of the index's build. */
const INDEX_STEP = 1 << 17;

/**
 * Folds `raw` and indexes its grams, yielding every INDEX_STEP positions. Why: one linear pass
 * that every highlight's search shares, in slices, since a page's text may hold 5 MB.
 */
export function* buildTextIndexSteps(raw: string): Steps<TextIndex> {
  const folded = yield* foldRangeSteps(raw);
  const codes = folded.codes;
  const count = Math.max(0, codes.length - GRAM + 1);
  const buckets = new Int32Array(count);
  const bucketStart = new Int32Array((1 << BUCKET_BITS) + 1);
  let h = 0;
  for (let i = 0; i < GRAM && i < codes.length; i++) h = (Math.imul(h, HASH_BASE) + codes[i]!) | 0;
  for (let from = 0; from < count; from += INDEX_STEP) {
    const to = Math.min(count, from + INDEX_STEP);
    for (let p = from; p < to; p++) {
      const b = bucketOf(h);
      buckets[p] = b;
      bucketStart[b + 1]!++;
      if (p + GRAM < codes.length) {
        h = (Math.imul(h, HASH_BASE) + codes[p + GRAM]! - Math.imul(codes[p]!, HASH_BASE_POW)) | 0;
      }
    }
    yield;
  }
  for (let b = 0; b < 1 << BUCKET_BITS; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const fill = bucketStart.slice(0, 1 << BUCKET_BITS);
  const positions = new Int32Array(count);
  for (let from = 0; from < count; from += INDEX_STEP) {
    const to = Math.min(count, from + INDEX_STEP);
    for (let p = from; p < to; p++) positions[fill[buckets[p]!]!++] = p;
    yield;
  }
  return { raw, folded, bucketStart, positions };
}

/** The same, at once (tests). */
export function buildTextIndex(raw: string): TextIndex {
  return runNow(buildTextIndexSteps(raw));
}

/** How many positions share `gram`'s bucket: at least how often the gram occurs, cheaply. */
export function bucketSize(index: TextIndex, gram: string): number {
  const b = gramBucket(gram);
  return index.bucketStart[b + 1]! - index.bucketStart[b]!;
}

/**
 * Calls `visit` with every folded position where `gram` (GRAM characters) occurs, in order. Why:
 * the exact and pigeonhole searches start from a few grams of the quote instead of a full scan.
 */
export function forEachGram(index: TextIndex, gram: string, visit: (position: number) => void) {
  if (gram.length !== GRAM) throw new RangeError(`a gram has ${GRAM} characters`);
  const text = index.folded.text;
  const b = gramBucket(gram);
  for (let i = index.bucketStart[b]!; i < index.bucketStart[b + 1]!; i++) {
    const p = index.positions[i]!;
    if (text.startsWith(gram, p)) visit(p);
  }
}

/** Positions looked at between two pauses of foldedOccurrences. */
const VISIT_STEP = 1 << 12;

/**
 * Every folded position where `needle` occurs (overlapping ones included), at most `limit` of
 * them (null past it), yielding every few thousand positions looked at; `stop()`, asked at each
 * pause, ends the search early (null). Why: all of a repeated quote's occurrences are
 * candidates, told apart by context and position; a text that repeats it without end is no place
 * to tell them apart.
 */
export function* foldedOccurrences(
  index: TextIndex,
  needle: string,
  limit: number,
  stop: () => boolean,
): Steps<number[] | null> {
  const found: number[] = [];
  if (needle.length === 0) return found;
  const text = index.folded.text;
  let visited = 0;
  const pause = () => ++visited % VISIT_STEP === 0;
  if (needle.length < GRAM) {
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) {
      if (found.push(p) > limit) return null;
      if (pause()) {
        yield;
        if (stop()) return null;
      }
    }
    return found;
  }
  // The rarest of the needle's first few grams: fewer positions to look at.
  let gram = needle.slice(0, GRAM);
  let shift = 0;
  for (let o = GRAM; o + GRAM <= needle.length && o <= 4 * GRAM; o += GRAM) {
    const other = needle.slice(o, o + GRAM);
    if (bucketSize(index, other) < bucketSize(index, gram)) [gram, shift] = [other, o];
  }
  const b = gramBucket(gram);
  for (let i = index.bucketStart[b]!; i < index.bucketStart[b + 1]!; i++) {
    const p = index.positions[i]! - shift;
    if (p >= 0 && text.startsWith(needle, p) && found.push(p) > limit) return null;
    if (pause()) {
      yield;
      if (stop()) return null;
    }
  }
  return found;
}
