// Folding for re-anchoring: a comparable form of the article's text in which the differences that
// dirty FSJ pages make between two renderings of the same words cost nothing. Whitespace and
// hyphens disappear (so ' ' vs '\n', added or lost spaces and "fur-\nther" vs "further" agree),
// ASCII letters are lower-cased, curly quotes become straight ones, ligature characters are
// spelled out, and the letter groups that lost ligatures leave behind collapse on both sides:
// "ff", "fi", "fl", "ffi", "ffl" become "f" and "th" becomes "t" (within a word, never across a
// space or hyphen), so "Office", "Ofce" and "The", "Te" fold alike. Every folded character
// remembers the raw range it came from.

import type { Steps } from './steps';

/** A folded string and, for each of its characters, the raw [start, end) it stands for. */
export interface Folded {
  text: string;
  /** The folded text's character codes. */
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
}

const LIGATURE_LETTERS: Record<number, string> = {
  0xfb00: 'ff',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0xfb03: 'ffi',
  0xfb04: 'ffl',
  0xfb05: 'st',
  0xfb06: 'st',
};

/**
 * Characters that folding drops: whitespace, hyphens, soft hyphens and zero-width marks. Why
 * exported: a candidate's ends are widened over them when the quote itself starts or ends so.
 */
export function isDroppedCode(code: number): boolean {
  if (code <= 32) return true;
  if (code < 127) return code === 45;
  return (
    code === 0xa0 ||
    code === 0xad ||
    code === 0x2010 ||
    code === 0x2011 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The folded code of a kept character that is not a ligature character. */
function foldOne(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return 39;
  if (code === 0x201c || code === 0x201d || code === 0x2033) return 34;
  return code;
}

const CHUNK = 8192;

/** The first `length` codes as a string (all of them for -1). */
function codesToString(codes: Uint16Array, length: number): string {
  if (length < 0) length = codes.length;
  let text = '';
  for (let i = 0; i < length; i += CHUNK) {
    const part = codes.subarray(i, Math.min(length, i + CHUNK));
    text += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return text;
}

// Collapse states: what the last kept folded letter may still swallow.
const NONE = 0;
const AFTER_F = 1; // swallows f, i, l
const AFTER_FF = 2; // swallows i, l
const AFTER_T = 3; // swallows h

/** A fold in progress: what has been written so far, and the collapse state it ends in. */
interface FoldBuffers {
  codes: Uint16Array;
  starts: Int32Array | null;
  ends: Int32Array | null;
  length: number;
  state: number;
}

function foldBuffers(capacity: number, withRanges: boolean): FoldBuffers {
  return {
    codes: new Uint16Array(capacity),
    starts: withRanges ? new Int32Array(capacity) : null,
    ends: withRanges ? new Int32Array(capacity) : null,
    length: 0,
    state: NONE,
  };
}

/** Folds raw[from, to) onto the end of `into`; the raw ranges only if it keeps them. */
function foldOnto(raw: string, from: number, to: number, into: FoldBuffers): void {
  let { codes, starts, ends } = into;
  let capacity = codes.length;
  let n = into.length;
  let state = into.state;
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    if (isDroppedCode(code)) {
      state = NONE; // letter groups never collapse across a space or a hyphen
      continue;
    }
    const ligature = code >= 0xfb00 && code <= 0xfb06 ? LIGATURE_LETTERS[code] : undefined;
    const count = ligature === undefined ? 1 : ligature.length;
    for (let k = 0; k < count; k++) {
      const c = ligature === undefined ? foldOne(code) : ligature.charCodeAt(k);
      const swallow =
        (state === AFTER_F && (c === 102 || c === 105 || c === 108)) ||
        (state === AFTER_FF && (c === 105 || c === 108)) ||
        (state === AFTER_T && c === 104);
      if (swallow && n > 0) {
        if (ends !== null) ends[n - 1] = i + 1;
        state = state === AFTER_F && c === 102 ? AFTER_FF : NONE;
        continue;
      }
      if (n === capacity) {
        // Only ligature characters make the folded text longer than the raw text.
        capacity *= 2;
        const grown = new Uint16Array(capacity);
        grown.set(codes);
        codes = grown;
        if (starts !== null && ends !== null) {
          const grownStarts = new Int32Array(capacity);
          const grownEnds = new Int32Array(capacity);
          grownStarts.set(starts);
          grownEnds.set(ends);
          [starts, ends] = [grownStarts, grownEnds];
        }
      }
      codes[n] = c;
      if (starts !== null && ends !== null) {
        starts[n] = i;
        ends[n] = i + 1;
      }
      n++;
      state = c === 102 ? AFTER_F : c === 116 ? AFTER_T : NONE;
    }
  }
  Object.assign(into, { codes, starts, ends, length: n, state });
}

/** Folds raw[from, to) into typed arrays; the raw ranges only when `withRanges`. */
function foldInto(raw: string, from: number, to: number, withRanges: boolean): FoldBuffers {
  const into = foldBuffers(Math.max(0, to - from) + 8, withRanges);
  foldOnto(raw, from, to, into);
  return into;
}

function folded(into: FoldBuffers, text: string): Folded {
  const { codes, starts, ends, length } = into;
  return {
    text,
    codes: codes.subarray(0, length),
    start: starts!.subarray(0, length),
    end: ends!.subarray(0, length),
  };
}

/**
 * Folds raw[from, to). Why: fuzzy search and exact-after-folding both run on this form, and the
 * ranges map a match in it back to the raw text, wherever the window starts.
 */
export function foldRange(raw: string, from = 0, to = raw.length): Folded {
  const into = foldInto(raw, from, to, true);
  return folded(into, codesToString(into.codes, into.length));
}

/** Raw characters folded between two pauses of foldRangeSteps: a few milliseconds' work. */
const FOLD_STEP = 1 << 16;

/**
 * foldRange of the whole of `raw`, yielding every FOLD_STEP characters. Why: a page's text may
 * hold 5 MB, and folding it at once would keep the background from anything else for a while.
 */
export function* foldRangeSteps(raw: string): Steps<Folded> {
  const into = foldBuffers(raw.length + 8, true);
  for (let from = 0; from < raw.length; from += FOLD_STEP) {
    foldOnto(raw, from, Math.min(raw.length, from + FOLD_STEP), into);
    yield;
  }
  let text = '';
  for (let at = 0; at < into.length; at += FOLD_STEP) {
    text += codesToString(into.codes.subarray(at, Math.min(into.length, at + FOLD_STEP)), -1);
    yield;
  }
  return folded(into, text);
}

/** The folded form of a whole string, when only the text is needed (quotes, prefixes, suffixes). */
export function fold(raw: string): string {
  const { codes, length } = foldInto(raw, 0, raw.length, false);
  return codesToString(codes, length);
}

/**
 * The last `count` folded characters of raw text ending at `at`. Why: to compare a stored prefix
 * with the text before a candidate without folding the whole article.
 */
export function foldedBefore(raw: string, at: number, count: number): string {
  let from = at;
  let kept = 0;
  // Read back enough raw characters to hold `count` folded ones, collapsed letter groups included.
  const wanted = count + (count >> 2) + 2;
  while (from > 0 && kept < wanted) {
    from--;
    if (!isDroppedCode(raw.charCodeAt(from))) kept++;
  }
  const { codes, length } = foldInto(raw, from, at, false);
  const text = codesToString(codes, length);
  return text.length > count ? text.slice(text.length - count) : text;
}

/** The first `count` folded characters of raw text starting at `at`: the suffix's counterpart. */
export function foldedAfter(raw: string, at: number, count: number): string {
  let to = at;
  let kept = 0;
  const wanted = count + (count >> 2) + 2;
  while (to < raw.length && kept < wanted) {
    if (!isDroppedCode(raw.charCodeAt(to))) kept++;
    to++;
  }
  const { codes, length } = foldInto(raw, at, to, false);
  return codesToString(codes, Math.min(length, count));
}
