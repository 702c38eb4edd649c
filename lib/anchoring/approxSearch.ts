// Approximate string matching: Myers' bit-parallel algorithm (G. Myers, "A Fast Bit-Vector
// Algorithm for Approximate String Matching Based on Dynamic Programming", J. ACM 46(3), 1999),
// block-based for patterns longer than 32 characters, with Ukkonen's cut-off. Adapted from
// approx-string-match 2.0.0 (Copyright (c) 2020 Robert Knight, MIT License: "The above copyright
// notice and this permission notice shall be included in all copies or substantial portions of
// the Software"), the library the Hypothesis client uses; it reports the same matches.
//
// What changed, and why: the table of where each character occurs in the pattern is built in one
// pass over the pattern (the library spent distinct characters × pattern length on it: about
// 0.4 s per search for an 8,000-character quote in Chinese), the reversed pattern's table is built
// once for all the start searches rather than once per match, and the search is a generator that
// yields every few hundred thousand block steps, so a long search runs in slices (see steps.ts).

import type { Steps } from './steps';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

const W = 32;
/** Block steps between two yields: about 1–3 ms of work. */
const WORK_PER_STEP = 1 << 18;

/** A pattern's bit table: for each character, the pattern positions holding it, block by block. */
interface Compiled {
  length: number;
  bMax: number;
  peq: Map<number, Uint32Array>;
  asciiPeq: Uint32Array[];
  emptyPeq: Uint32Array;
}

function compile(pattern: string): Compiled {
  const bMax = Math.ceil(pattern.length / W) - 1;
  const emptyPeq = new Uint32Array(bMax + 1);
  const asciiPeq = new Array<Uint32Array>(256).fill(emptyPeq);
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let bits = peq.get(code);
    if (bits === undefined) {
      bits = new Uint32Array(bMax + 1);
      peq.set(code, bits);
      if (code < 256) asciiPeq[code] = bits;
    }
    bits[i >> 5]! |= 1 << (i & 31);
  }
  return { length: pattern.length, bMax, peq, asciiPeq, emptyPeq };
}

const oneIfNotZero = (n: number) => ((n | -n) >> 31) & 1;

/** The column scan's state: vertical deltas and scores per block, the active blocks, matches. */
class Scan {
  readonly P: Uint32Array;
  readonly M: Uint32Array;
  readonly lastRowMask: Uint32Array;
  readonly score: Uint32Array;
  y: number;
  maxErrors: number;
  readonly matches: Match[] = [];

  constructor(
    readonly pattern: Compiled,
    maxErrors: number,
  ) {
    const { bMax, length } = pattern;
    this.maxErrors = Math.min(maxErrors, length);
    this.P = new Uint32Array(bMax + 1);
    this.M = new Uint32Array(bMax + 1);
    this.lastRowMask = new Uint32Array(bMax + 1).fill(1 << 31);
    this.lastRowMask[bMax] = 1 << ((length - 1) % W);
    this.y = Math.max(0, Math.ceil(this.maxErrors / W) - 1);
    this.score = new Uint32Array(bMax + 1);
    for (let b = 0; b <= this.y; b++) {
      this.score[b] = (b + 1) * W;
      this.P[b] = ~0;
      this.M[b] = 0;
    }
    this.score[bMax] = length;
  }

  /** One block of one column (Myers, fig. 8); returns the horizontal delta out of it. */
  private advanceBlock(peq: Uint32Array, b: number, hIn: number): number {
    let pV = this.P[b]!;
    let mV = this.M[b]!;
    const hInIsNegative = hIn >>> 31;
    const eq = peq[b]! | hInIsNegative;
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    const hOut = oneIfNotZero(pH & this.lastRowMask[b]!) - oneIfNotZero(mH & this.lastRowMask[b]!);
    pH <<= 1;
    mH <<= 1;
    mH |= hInIsNegative;
    pH |= oneIfNotZero(hIn) - hInIsNegative;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
    this.P[b] = pV;
    this.M[b] = mV;
    return hOut;
  }

  /** Scans text[from, …) until about `work` block steps are done; returns where it stopped. */
  run(text: string, from: number, work: number): number {
    const { bMax, length, peq, asciiPeq, emptyPeq } = this.pattern;
    const { score, matches } = this;
    let y = this.y;
    let maxErrors = this.maxErrors;
    let done = 0;
    let j = from;
    for (; j < text.length && done < work; j++) {
      const code = text.charCodeAt(j);
      const charPeq = code < 256 ? asciiPeq[code]! : (peq.get(code) ?? emptyPeq);
      let carry = 0;
      for (let b = 0; b <= y; b++) {
        carry = this.advanceBlock(charPeq, b, carry);
        score[b]! += carry;
      }
      done += y + 1;
      if (score[y]! - carry <= maxErrors && y < bMax && (charPeq[y + 1]! & 1 || carry < 0)) {
        y += 1;
        this.P[y] = ~0;
        this.M[y] = 0;
        const remainder = length % W;
        const maxBlockScore = y === bMax && remainder !== 0 ? remainder : W;
        score[y] = score[y - 1]! + maxBlockScore - carry + this.advanceBlock(charPeq, y, carry);
      } else {
        while (y > 0 && score[y]! >= maxErrors + W) y -= 1;
      }
      if (y === bMax && score[y]! <= maxErrors) {
        if (score[y]! < maxErrors) matches.splice(0, matches.length);
        matches.push({ start: -1, end: j + 1, errors: score[y]! });
        maxErrors = score[y]!;
      }
    }
    this.y = y;
    this.maxErrors = maxErrors;
    return j;
  }
}

/** The ends of the matches with the lowest error count (at most `maxErrors`) of `pattern`. */
function* matchEnds(
  pattern: Compiled,
  text: string,
  maxErrors: number,
  stop: () => boolean,
): Steps<Match[]> {
  if (pattern.length === 0) return [];
  const scan = new Scan(pattern, maxErrors);
  for (let j = 0; j < text.length;) {
    j = scan.run(text, j, WORK_PER_STEP);
    if (j >= text.length) break;
    yield;
    if (stop()) return [];
  }
  return scan.matches;
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/**
 * The matches of `pattern` in `text` with at most `maxErrors` errors, only those with the lowest
 * error count, each with its start (of several possible starts, the one making the match
 * longest), in order of their ends. Yields every few milliseconds of work; once `stop()` says so
 * after a yield, it gives up and what it returns is incomplete.
 */
export function* approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  stop: () => boolean = () => false,
): Steps<Match[]> {
  if (pattern.length === 0) return [];
  const ends = yield* matchEnds(compile(pattern), text, maxErrors, stop);
  if (ends.length === 0) return ends;
  const backward = compile(reverse(pattern));
  const found: Match[] = [];
  for (const match of ends) {
    // The start: the reversed pattern searched backwards from the end, with the same errors.
    const minStart = Math.max(0, match.end - pattern.length - match.errors);
    const before = reverse(text.slice(minStart, match.end));
    let start = match.end;
    for (const back of yield* matchEnds(backward, before, match.errors, stop)) {
      if (match.end - back.end < start) start = match.end - back.end;
    }
    found.push({ start, end: match.end, errors: match.errors });
    yield;
    if (stop()) return found;
  }
  return found;
}
