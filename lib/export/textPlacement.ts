// Where a highlight's quote stands in the text its link is checked against, and the words around
// it: in the article's text when it is known (at the stored position, else at the occurrence that
// fits the stored context best), else inside the stored prefix + quote + suffix. Pure; a helper of
// textFragment.ts.

import { CONTEXT_LENGTH } from '../anchoring/describe';
import type { TextSpan } from '../anchoring/types';
import { isSpace, isWordChar, matchText, type MatchText } from './textMatch';

/** What a highlight stores that a link can be made from: its quote selector, and its position. */
export interface FragmentSource {
  quote: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
}

/** Most words of context taken on each side. */
export const MAX_CONTEXT_WORDS = 5;

/** Where the passage is, in the text its directive is checked against. */
export interface Placement {
  target: MatchText;
  start: number;
  end: number;
  /** True when `target` is the article's whole text, so uniqueness can be checked. */
  whole: boolean;
  /** The stored prefix/suffix may begin/end inside a word (local text only). */
  cutBefore: boolean;
  cutAfter: boolean;
}

let lastText: MatchText | null = null;

/** The article's text prepared for matching, kept for the next highlight of the same article. */
function prepared(text: string): MatchText {
  if (lastText?.text !== text) lastText = matchText(text);
  return lastText;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The quote in the article's text: at its stored position, else the best-fitting occurrence. */
function placeInText(source: FragmentSource, text: string): Placement | null {
  const { exact, prefix, suffix } = source.quote;
  const target = prepared(text);
  const pos = source.position;
  const place = (start: number): Placement => ({
    target,
    start,
    end: start + exact.length,
    whole: true,
    cutBefore: false,
    cutAfter: false,
  });
  if (pos && text.slice(pos.start, pos.end) === exact) return place(pos.start);
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const context =
      commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const distance = pos ? Math.abs(at - pos.start) / (text.length + 1) : 0;
    if (context - distance > bestScore) [best, bestScore] = [at, context - distance];
  }
  return best >= 0 ? place(best) : null;
}

/** The quote inside its own stored context, when the article's text is not known. */
function placeInContext(source: FragmentSource): Placement {
  const { exact, prefix, suffix } = source.quote;
  return {
    // Joined, not added: `+` would leave a rope that every character read below walks through.
    target: matchText([prefix, exact, suffix].join('')),
    start: prefix.length,
    end: prefix.length + exact.length,
    whole: false,
    // describeSpan keeps CONTEXT_LENGTH characters (one fewer to keep a surrogate pair whole).
    cutBefore: prefix.length >= CONTEXT_LENGTH - 1,
    cutAfter: suffix.length >= CONTEXT_LENGTH - 1,
  };
}

/**
 * Runs of non-whitespace inside [from, to) of the text (a run is cut at `to`), the first `most` of
 * them (all by default). Why: terms are whole words.
 */
export function tokens(text: string, from: number, to: number, most = Infinity): TextSpan[] {
  const found: TextSpan[] = [];
  let i = from;
  while (i < to && found.length < most) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === to) break;
    const start = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    found.push({ start, end: i });
  }
  return found;
}

/**
 * The last `most` runs of non-whitespace inside [from, to), in text order, found from `to` back.
 * Why: the words of context before a quote, without going through the rest of a long paragraph.
 */
function lastTokens(text: string, from: number, to: number, most: number): TextSpan[] {
  const found: TextSpan[] = [];
  let i = to;
  while (i > from && found.length < most) {
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    const end = i;
    while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
    found.push({ start: i, end });
  }
  return found.reverse();
}

/**
 * The lines ("\n"-separated) of [start, end), each trimmed; lines with no word left out at the
 * ends. Why: no term of a directive may cross a line, and a term needs a word to match.
 */
export function lines(text: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = start;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 || nl >= end ? end : nl;
    // The line's first and last non-whitespace characters: its words' outer ends.
    let first = from;
    while (first < to && isSpace(text.charCodeAt(first))) first++;
    let last = to;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (first < last) spans.push({ start: first, end: last });
    if (to === end) break;
    from = to + 1;
  }
  while (spans.length > 0 && !hasWord(text, spans[0] as TextSpan)) spans.shift();
  while (spans.length > 0 && !hasWord(text, spans[spans.length - 1] as TextSpan)) spans.pop();
  return spans;
}

/** Whether the span holds a word character (ASCII tested without building a string). */
function hasWord(text: string, span: TextSpan): boolean {
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isWordChar(text[i] as string)) return true;
    } else if (isWordChar(String.fromCodePoint(text.codePointAt(i) ?? 0))) {
      return true;
    }
  }
  return false;
}

/**
 * The words of context before `start`: those on the line of the last character before it that is
 * not whitespace (so blank lines between are passed over, as the browser passes them over). Why:
 * a prefix must sit right before the passage, within one block.
 */
export function wordsBefore(p: Placement, start: number): TextSpan[] {
  const text = p.target.text;
  let i = start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return [];
  const words = lastTokens(text, text.lastIndexOf('\n', i - 1) + 1, i, MAX_CONTEXT_WORDS);
  // A word cut by the stored prefix starts the text: it can only be the line's first word.
  if (p.cutBefore && words[0]?.start === 0) words.shift();
  return words;
}

/**
 * The words of context after `end`: those on the line of the next character that is not
 * whitespace. Why: a suffix must follow the passage right away, within one block.
 */
export function wordsAfter(p: Placement, end: number): TextSpan[] {
  const text = p.target.text;
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return [];
  const lineEnd = text.indexOf('\n', i);
  const words = tokens(text, i, lineEnd < 0 ? text.length : lineEnd, MAX_CONTEXT_WORDS);
  // A word cut by the stored suffix ends the text: it can only be the line's last word.
  if (p.cutAfter && words[words.length - 1]?.end === text.length) words.pop();
  return words;
}

/**
 * Where the quote stands: in `text` when given and the quote is found there, else in its stored
 * context. Why: the link is checked against the most text known.
 */
export function placeQuote(source: FragmentSource, text?: string): Placement {
  return (text !== undefined ? placeInText(source, text) : null) ?? placeInContext(source);
}
