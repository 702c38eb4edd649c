// Links to the exact passage of a highlight: a text fragment (`#:~:text=`) as the WICG Text
// Fragments spec defines it, chosen so that a browser opening the link selects the highlight and
// not an earlier passage with the same words. Pure.
//
// Choices, with the spec's rules behind them:
// - A term of a directive is matched inside one block of the page, so no term holds a line break:
//   the article's text has "\n" wherever the page has a line break or a block boundary, and the two
//   cannot be told apart. A quote on one line, up to 300 characters, is the whole `textStart`; a
//   longer one, or one spanning lines, is `textStart,textEnd`, a few words from each end.
// - Terms are matched at word boundaries, so the quote is widened to whole words.
// - With the article's text at hand, a prefix and/or suffix is added only when the browser would
//   otherwise stop at an earlier passage (checked with the spec's own matching, textMatch.ts).
//   Without it, the stored context is all there is: a prefix and a suffix are always added.
// - Terms are percent-encoded (UTF-8), everything but ASCII letters, digits and `._~`, so the
//   delimiters `-`, `,` and `&` and the characters Markdown would read are never raw.

import type { TextSpan } from '../anchoring/types';
import { encodeTerm } from './termEncoding';
import { findTextDirective, isSpace, isWordBoundary, type TextDirective } from './textMatch';
import {
  lines,
  placeQuote,
  tokens,
  wordsAfter,
  wordsBefore,
  type FragmentSource,
  type Placement,
} from './textPlacement';

export { encodeTerm } from './termEncoding';
export type { TextDirective } from './textMatch';
export type { FragmentSource } from './textPlacement';

/** Longest quote written whole as `textStart`; longer ones become `textStart,textEnd`. */
export const MAX_WHOLE_QUOTE = 300;
/** Words taken from each end of a long quote, tried in turn until the link selects the quote. */
const EDGE_WORDS = [5, 10, 20];
/** Words of context on each side when only the stored context is known. */
const STORED_CONTEXT_WORDS = 3;

/** The text from the first to the last of `words`, or undefined when there are none. */
const slice = (text: string, words: TextSpan[]): string | undefined => {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end) : undefined;
};

type EdgeTerms = Pick<TextDirective, 'textStart' | 'textEnd'>;

/** The first `n` words of a line (all of them when it has fewer), as one string. */
function firstWords(text: string, line: TextSpan, n: number): string {
  let i = line.start;
  let count = 0;
  while (i < line.end && count < n) {
    while (i < line.end && !isSpace(text.charCodeAt(i))) i++;
    count++;
    while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  }
  let end = i;
  while (end > line.start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(line.start, end);
}

/** The last `n` words of a line (all of them when it has fewer), as one string. */
function lastWords(text: string, line: TextSpan, n: number): string {
  let i = line.end;
  let count = 0;
  while (i > line.start && count < n) {
    while (i > line.start && !isSpace(text.charCodeAt(i - 1))) i--;
    count++;
    while (i > line.start && isSpace(text.charCodeAt(i - 1))) i--;
  }
  let start = i;
  while (start < line.end && isSpace(text.charCodeAt(start))) start++;
  return text.slice(start, line.end);
}

/**
 * The start and end terms to try, shortest first, each worked out only when the one before did
 * not do: with 10,000 highlights, most links take the first.
 */
function* edgeTerms(text: string, parts: TextSpan[]): Generator<EdgeTerms> {
  const first = parts[0] as TextSpan;
  const last = parts[parts.length - 1] as TextSpan;
  const whole = { textStart: text.slice(first.start, first.end) };
  if (parts.length === 1 && first.end - first.start <= MAX_WHOLE_QUOTE) {
    yield whole;
    return;
  }
  const tried: EdgeTerms[] = [];
  const fresh = (edges: EdgeTerms): boolean => {
    if (tried.some((o) => o.textStart === edges.textStart && o.textEnd === edges.textEnd))
      return false;
    tried.push(edges);
    return true;
  };
  if (parts.length > 1) {
    // Words from the first and the last line (trimmed lines with a word each: never empty).
    for (const n of EDGE_WORDS) {
      const edges = { textStart: firstWords(text, first, n), textEnd: lastWords(text, last, n) };
      if (fresh(edges)) yield edges;
    }
    return;
  }
  const words = tokens(text, first.start, first.end);
  if (words.length < 2) {
    yield whole;
    return;
  }
  for (const n of EDGE_WORDS) {
    // On a single long line, the start and end terms must not overlap.
    const k = Math.min(n, Math.floor(words.length / 2));
    const textStart = slice(text, words.slice(0, k));
    const textEnd = slice(text, words.slice(-k));
    if (textStart === undefined || textEnd === undefined) continue;
    const edges = { textStart, textEnd };
    if (fresh(edges)) yield edges;
    if (k < n) break;
  }
}

/** The words of context on each side of the quote: the same whatever the edge terms. */
interface Context {
  before: TextSpan[];
  after: TextSpan[];
}

/** A directive with only the parts it uses (no key holding undefined). */
function directive(prefix: string | undefined, edges: EdgeTerms, suffix?: string): TextDirective {
  const out: TextDirective = { textStart: edges.textStart };
  if (prefix !== undefined) out.prefix = prefix;
  if (edges.textEnd !== undefined) out.textEnd = edges.textEnd;
  if (suffix !== undefined) out.suffix = suffix;
  return out;
}

/** Directives to try for one pair of edge terms, in order of preference. */
function* withContext(
  p: Placement,
  edges: EdgeTerms,
  { before, after }: Context,
): Generator<TextDirective> {
  const text = p.target.text;
  if (!p.whole) {
    const prefix = slice(text, before.slice(-STORED_CONTEXT_WORDS));
    yield directive(prefix, edges, slice(text, after.slice(0, STORED_CONTEXT_WORDS)));
    return;
  }
  // Shortest context first: one word before, one after, two before…, then both sides.
  yield directive(undefined, edges);
  const most = Math.max(before.length, after.length);
  for (let k = 1; k <= most; k++) {
    if (k <= before.length) yield directive(slice(text, before.slice(-k)), edges);
    if (k <= after.length) yield directive(undefined, edges, slice(text, after.slice(0, k)));
  }
  for (let k = 1; k <= most; k++) {
    const prefix = slice(text, before.slice(-k));
    yield directive(prefix, edges, slice(text, after.slice(0, k)));
  }
}

/**
 * Other ends to try when no directive selects the quote as it is. A browser takes the first match
 * of `textEnd` after the start, so a last line such as "and" (a quote ending just past a line
 * break) can never be found there: first the end is moved forward over the next words of its line,
 * then back to the end of an earlier line of the quote. The link then selects a few words more or
 * fewer than the quote, which still shows the reader the passage.
 */
function otherEnds(p: Placement, parts: TextSpan[]): number[] {
  const last = parts[parts.length - 1] as TextSpan;
  const after = wordsAfter(p, last.end);
  const sameLine = after.filter((w) => !p.target.text.slice(last.end, w.start).includes('\n'));
  const back = parts.slice(0, -1).map((line) => line.end);
  return [...sameLine.map((w) => w.end), ...back.reverse()];
}

/** The directives to try for the quote spanning `parts`, most preferred first. */
function* candidates(p: Placement, parts: TextSpan[]): Generator<TextDirective> {
  const start = (parts[0] as TextSpan).start;
  const end = (parts[parts.length - 1] as TextSpan).end;
  const context = { before: wordsBefore(p, start), after: wordsAfter(p, end) };
  for (const edges of edgeTerms(p.target.text, parts)) {
    yield* withContext(p, edges, context);
  }
}

/**
 * The text directive for a highlight, or null when its quote has no word to match. `text` is the
 * text the browser will search (the article's text model, or more), when known: then the directive
 * is the simplest one that selects the highlight before anything else; without it, the stored
 * prefix and suffix are added. Why: the Markdown export links every highlight to its passage.
 */
export function textDirectiveFor(source: FragmentSource, text?: string): TextDirective | null {
  const p = placeQuote(source, text);
  const t = p.target.text;
  let start = p.start;
  let end = p.end;
  while (start > 0 && !isWordBoundary(t, start)) start--;
  while (end < t.length && !isWordBoundary(t, end)) end++;
  const parts = lines(t, start, end);
  if (parts.length === 0) return null;
  start = (parts[0] as TextSpan).start;
  const end0 = (parts[parts.length - 1] as TextSpan).end;
  let fallback: TextDirective | null = null;
  for (const d of candidates(p, parts)) {
    const found = findTextDirective(p.target, d);
    if (found?.start === start && found.end === end0) return d;
    // When nothing works, the most specific directive for the quote as it is will do.
    fallback = d;
  }
  // Only when the quote's own end cannot be reached: other ends (worked out only then).
  for (const to of otherEnds(p, parts)) {
    for (const d of candidates(p, lines(t, start, to))) {
      const found = findTextDirective(p.target, d);
      if (found?.start === start && found.end === to) return d;
    }
  }
  return fallback;
}

/** A directive written out: `text=[prefix-,]start[,end][,-suffix]`. Why: it is what links carry. */
export function encodeTextDirective(d: TextDirective): string {
  let out = 'text=';
  if (d.prefix !== undefined) out += `${encodeTerm(d.prefix)}-,`;
  out += encodeTerm(d.textStart);
  if (d.textEnd !== undefined) out += `,${encodeTerm(d.textEnd)}`;
  if (d.suffix !== undefined) out += `,-${encodeTerm(d.suffix)}`;
  return out;
}

/**
 * The text directive for a highlight, written out (`text=…`), or null when its quote has no word to
 * match; see `textDirectiveFor`. Why: the exporter adds it to the page's address after `#:~:`.
 */
export function textFragmentFor(source: FragmentSource, text?: string): string | null {
  const directive = textDirectiveFor(source, text);
  return directive ? encodeTextDirective(directive) : null;
}

/**
 * The link to a highlight's passage: the page's address (without its fragment) and
 * `#:~:text=…`, or the plain address when the quote has no word to match. Why: each exported
 * highlight links back to exactly where it was made.
 */
export function textFragmentUrl(pageUrl: string, source: FragmentSource, text?: string): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const fragment = textFragmentFor(source, text);
  return fragment !== null ? `${base}#:~:${fragment}` : base;
}
