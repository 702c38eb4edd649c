// Folds article text and glossary names into one comparable form, remembering where each folded
// character came from, so that a match in the folded text maps back to the original text.
//
// The folding copes with the text FSJ pages really serve: case, accents, curly apostrophes, runs of
// whitespace and line breaks, hyphens between letters (including hyphenated line breaks), soft
// hyphens, and ligatures lost in PDF extraction ("Ofce" for "Office", "Te" for "The").

export interface FoldedText {
  /** The folded string that the automaton scans. */
  text: string;
  /** For each folded character, the index in the original string where it starts. */
  start: Int32Array;
  /** For each folded character, the index in the original string just past where it ends. */
  end: Int32Array;
}

const foldCache = new Map<number, string>();

/** Lower-cases one character and strips its accents; characters that would change length stay. */
function foldChar(code: number): string {
  if (code < 128) {
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  }
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
  foldCache.set(code, ch);
  return ch;
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
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl'];
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** True for letters of any script (the boundary rules and hyphen joining depend on it). */
export function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
}

function isAsciiLetterOrLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return isLetter(ch);
}

/**
 * Folds `input` for matching. The same function folds glossary names and article text, so a name
 * matches wherever the article spells it in any of the ways the folding forgives.
 */
export function foldText(input: string): FoldedText {
  const n = input.length;
  // Stage 1: case, accents, whitespace runs, hyphens and invisible characters.
  const chars: string[] = [];
  const s1: number[] = [];
  const e1: number[] = [];
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    if (code === SOFT_HYPHEN || ZERO_WIDTH.has(code)) {
      i++;
      continue;
    }
    if (isWhitespaceCode(code)) {
      let j = i + 1;
      while (j < n && isWhitespaceCode(input.charCodeAt(j))) j++;
      if (chars.length > 0 && chars[chars.length - 1] !== ' ') {
        chars.push(' ');
        s1.push(i);
        e1.push(j);
      }
      i = j;
      continue;
    }
    if (isHyphenCode(code)) {
      // A hyphen between letters, with or without a line break after it, joins the two words:
      // "fur-\nther", "Organiza-\ntion", "High-Level", "Co-operation".
      const prev = chars.length > 0 ? chars[chars.length - 1]! : '';
      let j = i + 1;
      while (j < n && isWhitespaceCode(input.charCodeAt(j))) j++;
      const nextCode = j < n ? input.charCodeAt(j) : 0;
      if (
        prev !== '' &&
        prev !== ' ' &&
        isLetter(prev) &&
        j < n &&
        isAsciiLetterOrLetter(nextCode, input.charAt(j))
      ) {
        i = j;
        continue;
      }
    }
    // Ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ) stand for their letters.
    for (const ch of code >= 0xfb00 && code <= 0xfb04
      ? LIGATURES[code - 0xfb00]!
      : foldChar(code)) {
      chars.push(ch);
      s1.push(i);
      e1.push(i + 1);
    }
    i++;
  }
  // Stage 2: lost ligatures. "ffi", "ffl", "ff", "fi", "fl" become "f", and "th" becomes "t", on
  // both sides, so "Office", "Ofce" and "Ofice" all fold to "ofce".
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const m = chars.length;
  let k = 0;
  while (k < m) {
    const c = chars[k]!;
    let take = 1;
    if (c === 'f' && k + 1 < m) {
      const c1 = chars[k + 1]!;
      if (c1 === 'f') take = k + 2 < m && (chars[k + 2] === 'i' || chars[k + 2] === 'l') ? 3 : 2;
      else if (c1 === 'i' || c1 === 'l') take = 2;
    } else if (c === 't' && k + 1 < m && chars[k + 1] === 'h') {
      take = 2;
    }
    out.push(c);
    start.push(s1[k]!);
    end.push(e1[k + take - 1]!);
    k += take;
  }
  return { text: out.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** The folded form of a name alone, for building the automaton and for comparing names. */
export function foldName(name: string): string {
  return foldText(name).text.trim();
}
