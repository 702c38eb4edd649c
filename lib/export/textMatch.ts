// Where a text directive (`#:~:text=`) lands in a plain string: the WICG Text Fragments matching
// rules (https://wicg.github.io/scroll-to-text-fragment/), run over the article's text instead of
// the DOM, so that the exporter can check a link before writing it. Also the word boundaries both
// the matching and the choice of a directive rely on. Pure.
//
// How the string stands for the page: "\n" stands for a line break or a block boundary, and no
// term of a directive may contain one (a term can never match across blocks; see textFragment.ts).
// Matching folds case and accents, as browsers do (the spec asks for a primary-strength match).

import type { TextSpan } from '../anchoring/types';

/** The four parts of a text directive: `[prefix-,]textStart[,textEnd][,-suffix]`, not encoded. */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]/u;
const DIGIT = /^\p{Nd}/u;
const APOSTROPHES = new Set(["'", '\u2019']);

/** The character (code point) that starts at `i`, or '' outside the text. */
function charAt(text: string, i: number): string {
  if (i < 0 || i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** The character (code point) that ends just before `i`, or '' outside the text. */
function charBefore(text: string, i: number): string {
  if (i <= 0 || i > text.length) return '';
  const low = text.charCodeAt(i - 1);
  const pair =
    i >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\uD800-\uDBFF]/.test(text[i - 2] ?? '');
  return text.slice(pair ? i - 2 : i - 1, i);
}

/**
 * Whether a character is part of words: letters, marks, digits, connector punctuation. Why: word
 * boundaries, and whether a line of a quote has anything a directive could match.
 */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiWordCode(code);
  return WORD_CHAR.test(ch);
}

/** Whether an ASCII code is a letter, a digit or `_`. */
function isAsciiWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

/** `'`, `.` and `,`: the ASCII characters that can keep a word together (see `isMidWord`). */
const isMidWordAscii = (code: number): boolean => code === 0x27 || code === 0x2e || code === 0x2c;

/** Whether a UTF-16 unit is whitespace (as `\s` has it). Why: a quick test in every hot loop. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An apostrophe between word characters, or `.`/`,` between digits, keeps one word together. */
function isMidWord(mid: string, before: string, after: string): boolean {
  if (!isWordChar(before) || !isWordChar(after)) return false;
  if (APOSTROPHES.has(mid)) return true;
  return (mid === '.' || mid === ',') && DIGIT.test(before) && DIGIT.test(after);
}

/**
 * Whether position `i` of `text` is a word boundary, as near as this can get to the Unicode word
 * boundaries browsers use: the ends of the text are boundaries, the middle of a word is not (letters
 * and digits together, `NATO’s`, `don't`, `3.5`, `1,000`), and the inside of a surrogate pair is
 * not. Why: text directives match only whole words at their outer ends (`IOM` does not match inside
 * `IOMbelieve`), so the exporter widens a quote to whole words and checks matches the same way.
 */
export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  // Two ASCII characters, neither of them one that can stand inside a word (`'`, `.`, `,`): a
  // boundary unless both are word characters. Most positions are decided here, without strings.
  if (code < 0x80 && prev < 0x80 && !isMidWordAscii(code) && !isMidWordAscii(prev)) {
    return !(isAsciiWordCode(prev) && isAsciiWordCode(code));
  }
  if (code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '')) return false;
  const a = charBefore(text, i);
  const b = charAt(text, i);
  if (isWordChar(a) && isWordChar(b)) return false;
  if (isMidWord(b, a, charAt(text, i + b.length))) return false;
  if (isMidWord(a, charBefore(text, i - a.length), b)) return false;
  return true;
}

const foldCache = new Map<string, string>();
const NOT_ASCII = /[^\0-\x7f]/;

/** One UTF-16 unit folded to one unit: lower case, accents dropped where that keeps the length. */
function foldUnit(unit: string): string {
  if (unit < '\u0080') return unit.toLowerCase();
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    const lower = unit.toLowerCase();
    const base = (lower.normalize('NFD')[0] ?? lower).toLowerCase();
    folded = base.length === 1 ? base : lower.length === 1 ? lower : unit;
    foldCache.set(unit, folded);
  }
  return folded;
}

/**
 * `text` folded for matching: lower case and without accents, one UTF-16 unit for one, so that
 * offsets into the folded string are offsets into the text. Why: browsers match text directives
 * ignoring case and accents; folding once per article keeps every check a plain indexOf.
 */
export function foldText(text: string): string {
  // ASCII (the common case): lower-casing keeps the length and there are no accents. The search
  // for a unit that is not ASCII is left to the RegExp engine: about twice as fast as a loop.
  let i = text.search(NOT_ASCII);
  if (i < 0) return text.toLowerCase();
  // Else runs of ASCII lower-cased whole, and every other unit folded on its own.
  let out = text.slice(0, i).toLowerCase();
  while (i < text.length) {
    if (text.charCodeAt(i) >= 0x80) {
      out += foldUnit(text[i] ?? '');
      i++;
      continue;
    }
    const from = i;
    while (i < text.length && text.charCodeAt(i) < 0x80) i++;
    out += text.slice(from, i).toLowerCase();
  }
  return out;
}

/** A text prepared for matching: the text and its folded form. */
export interface MatchText {
  text: string;
  folded: string;
}

/** Prepares `text` for `findTextDirective`. Why: fold an article once, match many times. */
export function matchText(text: string): MatchText {
  return { text, folded: foldText(text) };
}

function skipWhitespace(text: string, i: number): number {
  let at = i;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The first match of the folded `q` at or after `from`, checking the word boundaries asked for. */
function findTerm(
  target: MatchText,
  q: string,
  from: number,
  wordStart: boolean,
  wordEnd: boolean,
): number {
  if (q === '') return -1;
  for (let at = target.folded.indexOf(q, from); at >= 0; at = target.folded.indexOf(q, at + 1)) {
    const startOk = !wordStart || isWordBoundary(target.text, at);
    const endOk = !wordEnd || isWordBoundary(target.text, at + q.length);
    if (startOk && endOk) return at;
  }
  return -1;
}

/** Whether the folded `q` matches exactly at `at` (and ends on a word boundary when asked). */
function matchesAt(target: MatchText, q: string, at: number, wordEnd: boolean): boolean {
  return (
    q !== '' &&
    target.folded.startsWith(q, at) &&
    (!wordEnd || isWordBoundary(target.text, at + q.length))
  );
}

/**
 * The span a text directive selects in `text`, or null when it selects nothing: the spec's "find a
 * range from a text directive" (first textStart after a matching prefix, first textEnd after it,
 * then the suffix; whitespace allowed between prefix and start and between end and suffix). Where
 * the spec searches for the start after a prefix, or for the suffix, and then requires the match to
 * be right there, this checks right there: the outcome is the same. Why: the exporter keeps a
 * directive only if it selects the highlight and nothing before it.
 */
export function findTextDirective(
  target: string | MatchText,
  directive: TextDirective,
): TextSpan | null {
  const t = typeof target === 'string' ? matchText(target) : target;
  const folded: TextDirective = { textStart: foldText(directive.textStart) };
  if (directive.prefix !== undefined) folded.prefix = foldText(directive.prefix);
  if (directive.textEnd !== undefined) folded.textEnd = foldText(directive.textEnd);
  if (directive.suffix !== undefined) folded.suffix = foldText(directive.suffix);
  return findFoldedDirective(t, folded);
}

/**
 * `findTextDirective` for a directive whose terms are folded already (by foldText). Why: the
 * exporter cuts its terms out of the text, so it can cut them out of the folded text too (a unit
 * folds to one unit, whatever stands around it) instead of folding every term again.
 */
export function findFoldedDirective(t: MatchText, directive: TextDirective): TextSpan | null {
  const { prefix, textStart, textEnd, suffix } = directive;
  const startMustEndWord = textEnd !== undefined || suffix === undefined;
  let searchFrom = 0;
  while (searchFrom < t.text.length) {
    let start: number;
    if (prefix !== undefined) {
      const p = findTerm(t, prefix, searchFrom, true, false);
      if (p < 0) return null;
      searchFrom = p + 1;
      start = skipWhitespace(t.text, p + prefix.length);
      if (!matchesAt(t, textStart, start, startMustEndWord)) continue;
    } else {
      start = findTerm(t, textStart, searchFrom, true, startMustEndWord);
      if (start < 0) return null;
      searchFrom = start + 1;
    }
    let end = start + textStart.length;
    if (textEnd !== undefined) {
      const e = findTerm(t, textEnd, end, true, suffix === undefined);
      if (e < 0) return null;
      end = e + textEnd.length;
    }
    if (suffix === undefined) return { start, end };
    if (matchesAt(t, suffix, skipWhitespace(t.text, end), true)) return { start, end };
  }
  return null;
}
