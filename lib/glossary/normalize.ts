// Folds article text and glossary names into one comparable form, remembering where each folded
// character came from, so that a match in the folded text maps back to the original text.
//
// The folding copes with the text FSJ pages really serve: case, accents, curly apostrophes, runs of
// whitespace and line breaks, hyphens between letters (including hyphenated line breaks), soft
// hyphens, and ligatures lost in PDF extraction ("Ofce" for "Office", "Te" for "The"). Stretches of
// article text may also be folded with their camel humps opened ("GermanMarshall" as "german
// marshall"), where PDF extraction lost the space between two words.

export interface FoldedText {
  /** The folded string that the automaton scans. */
  text: string;
  /** For each folded character, the index in the original string where it starts. */
  start: Int32Array;
  /** For each folded character, the index in the original string just past where it ends. */
  end: Int32Array;
}

const foldCache = new Map<number, number>();

/** Lower-cases one character and strips its accents; characters that would change length stay. */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let ch = String.fromCharCode(code);
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) ch = "'";
  else {
    const lower = ch.toLowerCase();
    if (lower.length === 1) ch = lower;
    const base = ch.normalize('NFD');
    if (base.length > 1 && base.charCodeAt(0) < 128) ch = base.charAt(0);
  }
  const folded = ch.charCodeAt(0);
  foldCache.set(code, folded);
  return folded;
}

export function isWhitespaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/** Hyphen-like characters that join two words ("High-Level") or split one at a line end. */
function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

const SOFT_HYPHEN = 0xad;
/** The letters that the ligature characters U+FB00–FB04 (ﬀ ﬁ ﬂ ﬃ ﬄ) stand for. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl'];
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const ANY_LETTER = /\p{L}/u;

/** True for letters of any script (the boundary rules and hyphen joining depend on it). */
export function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return ch.toLowerCase() !== ch.toUpperCase() || ANY_LETTER.test(ch);
}

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return isLetter(String.fromCharCode(code));
}

/** Folded text as character codes, before it is made a string (the matcher scans these). */
export interface FoldedCodes {
  /** The folded characters; only the first `length` count. */
  codes: Uint16Array;
  /** As in FoldedText, for the first `length` characters. */
  start: Int32Array;
  end: Int32Array;
  length: number;
}

const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/**
 * Folds `input` for matching. The same function folds glossary names and article text, so a name
 * matches wherever the article spells it in any of the ways the folding forgives. With
 * `openHumps`, a capital between two lower-case letters (ASCII) starts a new word: a space is
 * folded in before it, standing for no character of `input` (its start and end are the capital's
 * start), so "GermanMarshall Fund" reads as "german marshall fund". The matcher reads only the
 * stretches around humps so (humps.ts), after reading the whole text without, which lists where
 * the humps are in `humpsFound`: names are folded without, and "InterAction" still meets its name.
 */
export function foldCodes(input: string, openHumps = false, humpsFound?: number[]): FoldedCodes {
  const n = input.length;
  const watchHumps = openHumps || humpsFound !== undefined;
  // Every step below writes at most one character per character read, except ligature characters
  // (up to three) and opened humps (two): the arrays grow there, to hold the rest of the input at
  // one character each.
  let codes = new Uint16Array(n + 4);
  let start = new Int32Array(n + 4);
  let end = new Int32Array(n + 4);
  let m = 0;
  // Stage 1: case, accents, whitespace runs, hyphens and invisible characters.
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    if (code > 32 && code < 127 && code !== 45) {
      // Printable ASCII other than the hyphen, most of any text: only upper case changes.
      if (code >= 65 && code <= 90) {
        if (
          watchHumps &&
          i > 0 &&
          isAsciiLower(input.charCodeAt(i - 1)) &&
          isAsciiLower(input.charCodeAt(i + 1))
        ) {
          humpsFound?.push(i);
          if (openHumps) {
            if (m + 2 + (n - i - 1) > codes.length) {
              const size = Math.max(m + 2 + (n - i - 1), codes.length * 2);
              codes = grow(codes, new Uint16Array(size));
              start = grow(start, new Int32Array(size));
              end = grow(end, new Int32Array(size));
            }
            codes[m] = 32;
            start[m] = i;
            end[m++] = i;
          }
        }
        codes[m] = code + 32;
      } else codes[m] = code;
      start[m] = i;
      end[m++] = ++i;
      continue;
    }
    if (code === SOFT_HYPHEN || ZERO_WIDTH.has(code)) {
      i++;
      continue;
    }
    if (isWhitespaceCode(code)) {
      let j = i + 1;
      while (j < n && isWhitespaceCode(input.charCodeAt(j))) j++;
      if (m > 0 && codes[m - 1] !== 32) {
        codes[m] = 32;
        start[m] = i;
        end[m++] = j;
      }
      i = j;
      continue;
    }
    if (isHyphenCode(code) && m > 0) {
      // A hyphen between letters, with or without a line break after it, joins the two words:
      // "fur-\nther", "Organiza-\ntion", "High-Level", "Co-operation".
      const prev = codes[m - 1]!;
      let j = i + 1;
      while (j < n && isWhitespaceCode(input.charCodeAt(j))) j++;
      if (prev !== 32 && j < n && isLetterCode(prev) && isLetterCode(input.charCodeAt(j))) {
        i = j;
        continue;
      }
    }
    if (code >= 0xfb00 && code <= 0xfb04) {
      // Ligature characters stand for their letters.
      const needed = m + 3 + (n - i - 1);
      if (needed > codes.length) {
        const size = Math.max(needed, codes.length * 2);
        codes = grow(codes, new Uint16Array(size));
        start = grow(start, new Int32Array(size));
        end = grow(end, new Int32Array(size));
      }
      const letters = LIGATURES[code - 0xfb00]!;
      for (let k = 0; k < letters.length; k++) {
        codes[m] = letters.charCodeAt(k);
        start[m] = i;
        end[m++] = i + 1;
      }
    } else {
      codes[m] = foldCode(code);
      start[m] = i;
      end[m++] = i + 1;
    }
    i++;
  }
  // Stage 2, in place: lost ligatures. "ffi", "ffl", "ff", "fi", "fl" become "f", and "th" becomes
  // "t", on both sides, so "Office", "Ofce" and "Ofice" all fold to "ofce".
  let w = 0;
  for (let k = 0; k < m; w++) {
    const c = codes[k]!;
    let take = 1;
    if (c === 102 /* f */ && k + 1 < m) {
      const c1 = codes[k + 1]!;
      if (c1 === 102) take = k + 2 < m && (codes[k + 2] === 105 || codes[k + 2] === 108) ? 3 : 2;
      else if (c1 === 105 /* i */ || c1 === 108 /* l */) take = 2;
    } else if (c === 116 /* t */ && k + 1 < m && codes[k + 1] === 104 /* h */) {
      take = 2;
    }
    codes[w] = c;
    start[w] = start[k]!;
    end[w] = end[k + take - 1]!;
    k += take;
  }
  return { codes, start, end, length: w };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The string of the first `length` codes. */
export function codesToString(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) {
    parts.push(
      String.fromCharCode.apply(
        null,
        codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[],
      ),
    );
  }
  return parts.join('');
}

/** Folds `input` for matching, as a string with its maps back to `input`. */
export function foldText(input: string, openHumps = false): FoldedText {
  const f = foldCodes(input, openHumps);
  return {
    text: codesToString(f.codes, f.length),
    start: f.start.slice(0, f.length),
    end: f.end.slice(0, f.length),
  };
}

/** The folded form of a name alone, for building the automaton and for comparing names. */
export function foldName(name: string): string {
  return foldText(name).text.trim();
}
