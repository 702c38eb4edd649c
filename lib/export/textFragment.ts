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
import { findFoldedDirective, isSpace, isWordBoundary, type TextDirective } from './textMatch';
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

/**
 * A directive as spans of the text it is checked against: its terms are the text of the spans.
 * Why: a candidate is checked with its terms cut out of the folded text (one unit folds to one
 * unit) and written with them cut out of the text, so no term is folded or cut twice.
 */
interface DirectiveSpans {
  prefix?: TextSpan;
  textStart: TextSpan;
  textEnd?: TextSpan;
  suffix?: TextSpan;
}

/** The directive whose terms are the spans' text in `text` (no key holding undefined). */
function termsIn(text: string, d: DirectiveSpans): TextDirective {
  const out: TextDirective = { textStart: text.slice(d.textStart.start, d.textStart.end) };
  if (d.prefix !== undefined) out.prefix = text.slice(d.prefix.start, d.prefix.end);
  if (d.textEnd !== undefined) out.textEnd = text.slice(d.textEnd.start, d.textEnd.end);
  if (d.suffix !== undefined) out.suffix = text.slice(d.suffix.start, d.suffix.end);
  return out;
}

/** Where the first `n` words of a line end (its end when it has fewer). */
function firstWordsEnd(text: string, line: TextSpan, n: number): number {
  let i = line.start;
  let count = 0;
  while (i < line.end && count < n) {
    while (i < line.end && !isSpace(text.charCodeAt(i))) i++;
    count++;
    while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  }
  let end = i;
  while (end > line.start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the last `n` words of a line start (its start when it has fewer). */
function lastWordsStart(text: string, line: TextSpan, n: number): number {
  let i = line.end;
  let count = 0;
  while (i > line.start && count < n) {
    while (i > line.start && !isSpace(text.charCodeAt(i - 1))) i--;
    count++;
    while (i > line.start && isSpace(text.charCodeAt(i - 1))) i--;
  }
  let start = i;
  while (start < line.end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/**
 * The start and end terms taking `n` words from each end of the quote spanning `parts`: the whole
 * line when it is short (or has one word), the first and last `n` words of the first and last
 * lines, or on one long line at most half its words (`words`, its words) from each end, so that
 * the two never overlap. All start at the quote's start and end at its end. Why a function of `n`:
 * the edges are worked out only when the ones with fewer words did not do; with 10,000
 * highlights, most links take the first.
 */
function edgeTerms(text: string, parts: TextSpan[], words: TextSpan[], n: number): DirectiveSpans {
  const first = parts[0] as TextSpan;
  const last = parts[parts.length - 1] as TextSpan;
  if (parts.length > 1) {
    // Words from the first and the last line (trimmed lines with a word each: never empty).
    return {
      textStart: { start: first.start, end: firstWordsEnd(text, first, n) },
      textEnd: { start: lastWordsStart(text, last, n), end: last.end },
    };
  }
  if (first.end - first.start <= MAX_WHOLE_QUOTE || words.length < 2) {
    return { textStart: first, textEnd: undefined };
  }
  const k = Math.min(n, Math.floor(words.length / 2));
  return {
    textStart: { start: first.start, end: (words[k - 1] as TextSpan).end },
    textEnd: { start: (words[words.length - k] as TextSpan).start, end: last.end },
  };
}

/**
 * Whether two edges are the same. Each try takes more words from the same ends, so a try that
 * adds nothing is the same as the one just before it: that is the only repeat to skip.
 */
const sameEdges = (a: DirectiveSpans, b: DirectiveSpans): boolean =>
  a.textStart.end === b.textStart.end && a.textEnd?.start === b.textEnd?.start;

/**
 * How many words of context to take before and after the quote, in order of preference: with the
 * whole text, none, then one word before, one after, two before…, then both sides; with only the
 * stored context, a few on each side. Counts beyond the words there are take all of them.
 */
function contextCounts(p: Placement, before: number, after: number): Array<[number, number]> {
  if (!p.whole) return [[STORED_CONTEXT_WORDS, STORED_CONTEXT_WORDS]];
  const counts: Array<[number, number]> = [[0, 0]];
  const most = Math.max(before, after);
  for (let k = 1; k <= most; k++) {
    if (k <= before) counts.push([k, 0]);
    if (k <= after) counts.push([0, k]);
  }
  for (let k = 1; k <= most; k++) counts.push([k, k]);
  return counts;
}

/** The span of the last `k` of `words` (all of them when there are fewer), or undefined for none. */
function lastOf(words: TextSpan[], k: number): TextSpan | undefined {
  if (k === 0 || words.length === 0) return undefined;
  const from = words[Math.max(0, words.length - k)] as TextSpan;
  return { start: from.start, end: (words[words.length - 1] as TextSpan).end };
}

/** The span of the first `k` of `words` (all of them when there are fewer), or undefined for none. */
function firstOf(words: TextSpan[], k: number): TextSpan | undefined {
  if (k === 0 || words.length === 0) return undefined;
  const to = words[Math.min(k, words.length) - 1] as TextSpan;
  return { start: (words[0] as TextSpan).start, end: to.end };
}

/** The text of a span, or undefined for none. */
const cutOut = (text: string, span: TextSpan | undefined): string | undefined =>
  span === undefined ? undefined : text.slice(span.start, span.end);

/** Whether the directive selects exactly [start, end) before anything else. */
function selects(p: Placement, d: DirectiveSpans, start: number, end: number): boolean {
  const folded = p.target.folded;
  // Every key set, undefined or not: one shape for every check keeps the matching quick.
  const terms = {
    prefix: cutOut(folded, d.prefix),
    textStart: folded.slice(d.textStart.start, d.textStart.end),
    textEnd: cutOut(folded, d.textEnd),
    suffix: cutOut(folded, d.suffix),
  };
  const found = findFoldedDirective(p.target, terms);
  return found?.start === start && found.end === end;
}

/**
 * The candidate directives for the quote spanning `parts`, most preferred first, tried in turn:
 * the first that selects exactly from the quote's start to `to`, else the last tried (the most
 * specific), with `selected` saying which.
 */
function tryCandidates(
  p: Placement,
  parts: TextSpan[],
  to: number,
): { directive: DirectiveSpans; selected: boolean } {
  const text = p.target.text;
  const start = (parts[0] as TextSpan).start;
  const end = (parts[parts.length - 1] as TextSpan).end;
  const before = wordsBefore(p, start);
  const after = wordsAfter(p, end);
  const counts = contextCounts(p, before.length, after.length);
  // A single long line is cut at its words: found once for every try.
  const longLine = parts.length === 1 && end - start > MAX_WHOLE_QUOTE;
  const words = longLine ? tokens(text, start, end) : [];
  let previous: DirectiveSpans | undefined;
  let directive: DirectiveSpans | undefined;
  for (const n of EDGE_WORDS) {
    const edges = edgeTerms(text, parts, words, n);
    if (previous !== undefined && sameEdges(previous, edges)) continue;
    previous = edges;
    for (const [k, j] of counts) {
      // Every key set, undefined or not: one shape for all candidates keeps this loop quick.
      directive = {
        prefix: lastOf(before, k),
        textStart: edges.textStart,
        textEnd: edges.textEnd,
        suffix: firstOf(after, j),
      };
      if (selects(p, directive, start, to)) return { directive, selected: true };
    }
  }
  return { directive: directive as DirectiveSpans, selected: false };
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

/** The directive's spans for a highlight (see `textDirectiveFor`), with the text they are in. */
function directiveSpansFor(
  source: FragmentSource,
  text?: string,
): { text: string; spans: DirectiveSpans } | null {
  const p = placeQuote(source, text);
  const t = p.target.text;
  let start = p.start;
  let end = p.end;
  while (start > 0 && !isWordBoundary(t, start)) start--;
  while (end < t.length && !isWordBoundary(t, end)) end++;
  const parts = lines(t, start, end);
  if (parts.length === 0) return null;
  const tried = tryCandidates(p, parts, (parts[parts.length - 1] as TextSpan).end);
  if (tried.selected) return { text: t, spans: tried.directive };
  // Only when the quote's own end cannot be reached: other ends (worked out only then).
  start = (parts[0] as TextSpan).start;
  for (const to of otherEnds(p, parts)) {
    const other = tryCandidates(p, lines(t, start, to), to);
    if (other.selected) return { text: t, spans: other.directive };
  }
  // When nothing works, the most specific directive for the quote as it is will do.
  return { text: t, spans: tried.directive };
}

/**
 * The text directive for a highlight, or null when its quote has no word to match. `text` is the
 * text the browser will search (the article's text model, or more), when known: then the directive
 * is the simplest one that selects the highlight before anything else; without it, the stored
 * prefix and suffix are added. Why: the Markdown export links every highlight to its passage.
 */
export function textDirectiveFor(source: FragmentSource, text?: string): TextDirective | null {
  const found = directiveSpansFor(source, text);
  return found && termsIn(found.text, found.spans);
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
