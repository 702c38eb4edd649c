// Folding for re-anchoring: a comparable form of the article's text in which the differences that
// dirty FSJ pages make between two renderings of the same words cost nothing. Whitespace and
// hyphens disappear (so ' ' vs '\n', added or lost spaces and "fur-\nther" vs "further" agree),
// ASCII letters are lower-cased, curly quotes become straight ones, ligature characters are
// spelled out, and the letter groups that lost ligatures leave behind collapse on both sides:
// "ff", "fi", "fl", "ffi", "ffl" become "f" and "th" becomes "t", so "Office", "Ofce" and "The",
// "Te" fold alike. Every folded character remembers the raw range it came from.

/** A folded string and, for each of its characters, the raw [start, end) it stands for. */
export interface Folded {
  text: string;
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

/** Characters that folding drops: whitespace, hyphens, soft hyphens and zero-width marks. */
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

/** The folded spelling of one kept character (one or more characters, before collapsing). */
function foldCode(code: number): string {
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 128) return String.fromCharCode(code);
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x2033) return '"';
  const ligature = LIGATURE_LETTERS[code];
  if (ligature !== undefined) return ligature;
  return String.fromCharCode(code);
}

// Collapse states: what the last kept folded letter may still swallow.
const NONE = 0;
const AFTER_F = 1; // swallows f, i, l
const AFTER_FF = 2; // swallows i, l
const AFTER_T = 3; // swallows h

/**
 * Folds raw[from, to). Why: fuzzy search and exact-after-folding both run on this form, and the
 * ranges map a match in it back to the raw text, wherever the window starts.
 */
export function foldRange(raw: string, from = 0, to = raw.length): Folded {
  const length = Math.max(0, to - from);
  const chars: number[] = [];
  let starts = new Int32Array(length + 8);
  let ends = new Int32Array(length + 8);
  let state = NONE;
  const push = (code: number, rawStart: number, rawEnd: number) => {
    const n = chars.length;
    if (n === starts.length) {
      const grownStart = new Int32Array(n * 2);
      const grownEnd = new Int32Array(n * 2);
      grownStart.set(starts);
      grownEnd.set(ends);
      starts = grownStart;
      ends = grownEnd;
    }
    chars.push(code);
    starts[n] = rawStart;
    ends[n] = rawEnd;
  };
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    if (isDroppedCode(code)) continue;
    const spelled = foldCode(code);
    for (let s = 0; s < spelled.length; s++) {
      const c = spelled.charCodeAt(s);
      const swallow =
        (state === AFTER_F && (c === 102 || c === 105 || c === 108)) ||
        (state === AFTER_FF && (c === 105 || c === 108)) ||
        (state === AFTER_T && c === 104);
      if (swallow && chars.length > 0) {
        ends[chars.length - 1] = i + 1;
        state = state === AFTER_F && c === 102 ? AFTER_FF : NONE;
        continue;
      }
      push(c, i, i + 1);
      state = c === 102 ? AFTER_F : c === 116 ? AFTER_T : NONE;
    }
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < chars.length; i += CHUNK) {
    text += String.fromCharCode(...chars.slice(i, i + CHUNK));
  }
  return { text, start: starts.subarray(0, chars.length), end: ends.subarray(0, chars.length) };
}

/** The folded form of a whole string, when only the text is needed (quotes, prefixes, suffixes). */
export function fold(raw: string): string {
  return foldRange(raw).text;
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
  const text = foldRange(raw, from, at).text;
  return text.length > count ? text.slice(text.length - count) : text;
}

/** The first `count` folded characters of raw text starting at `at` (see foldedBefore). */
export function foldedAfter(raw: string, at: number, count: number): string {
  let to = at;
  let kept = 0;
  const wanted = count + (count >> 2) + 2;
  while (to < raw.length && kept < wanted) {
    if (!isDroppedCode(raw.charCodeAt(to))) kept++;
    to++;
  }
  return foldRange(raw, at, to).text.slice(0, count);
}
