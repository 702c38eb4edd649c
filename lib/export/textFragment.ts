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
import { findTextDirective, isWordBoundary, type TextDirective } from './textMatch';
import {
  lines,
  placeQuote,
  tokens,
  wordsAfter,
  wordsBefore,
  type FragmentSource,
  type Placement,
} from './textPlacement';

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

/** The start and end terms to try, shortest first. */
function edgeTerms(
  text: string,
  parts: TextSpan[],
): Array<Pick<TextDirective, 'textStart' | 'textEnd'>> {
  const first = parts[0] as TextSpan;
  const last = parts[parts.length - 1] as TextSpan;
  const whole = [{ textStart: text.slice(first.start, first.end) }];
  if (parts.length === 1 && first.end - first.start <= MAX_WHOLE_QUOTE) return whole;
  const startWords = tokens(text, first.start, first.end);
  const endWords = parts.length === 1 ? startWords : tokens(text, last.start, last.end);
  if (parts.length === 1 && startWords.length < 2) return whole;
  const options: Array<Pick<TextDirective, 'textStart' | 'textEnd'>> = [];
  for (const n of EDGE_WORDS) {
    // On a single long line, the start and end terms must not overlap.
    const k = parts.length === 1 ? Math.min(n, Math.floor(startWords.length / 2)) : n;
    const textStart = slice(text, startWords.slice(0, k));
    const textEnd = slice(text, endWords.slice(-k));
    if (textStart === undefined || textEnd === undefined) continue;
    if (!options.some((o) => o.textStart === textStart && o.textEnd === textEnd)) {
      options.push({ textStart, textEnd });
    }
    if (k < n) break;
  }
  return options;
}

/** Directives to try for one pair of edge terms, in order of preference. */
function withContext(
  p: Placement,
  edges: Pick<TextDirective, 'textStart' | 'textEnd'>,
  start: number,
  end: number,
): TextDirective[] {
  const text = p.target.text;
  const before = wordsBefore(p, start);
  const after = wordsAfter(p, end);
  if (!p.whole) {
    const prefix = slice(text, before.slice(-STORED_CONTEXT_WORDS));
    const suffix = slice(text, after.slice(0, STORED_CONTEXT_WORDS));
    return [{ prefix, ...edges, suffix }];
  }
  // Shortest context first: one word before, one after, two before…, then both sides.
  const tries: TextDirective[] = [{ ...edges }];
  const most = Math.max(before.length, after.length);
  for (let k = 1; k <= most; k++) {
    if (k <= before.length) tries.push({ prefix: slice(text, before.slice(-k)), ...edges });
    if (k <= after.length) tries.push({ ...edges, suffix: slice(text, after.slice(0, k)) });
  }
  for (let k = 1; k <= most; k++) {
    const prefix = slice(text, before.slice(-k));
    tries.push({ prefix, ...edges, suffix: slice(text, after.slice(0, k)) });
  }
  return tries;
}

/** Drops undefined parts, so that a directive only has the keys it uses. */
function clean(d: TextDirective): TextDirective {
  const out: TextDirective = { textStart: d.textStart };
  if (d.prefix !== undefined) out.prefix = d.prefix;
  if (d.textEnd !== undefined) out.textEnd = d.textEnd;
  if (d.suffix !== undefined) out.suffix = d.suffix;
  return out;
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
  for (const edges of edgeTerms(p.target.text, parts)) {
    yield* withContext(p, edges, start, end).map(clean);
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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One term percent-encoded as UTF-8: everything but RFC 3986's unreserved characters (ASCII
 * letters, digits, `.`, `_`, `~`) and also `-`; a lone surrogate becomes U+FFFD. Why: the spec
 * requires `-`, `,` and `&` encoded, and the link also has to survive Markdown and copying.
 */
export function encodeTerm(term: string): string {
  // Most terms have no surrogate and none of the five characters: skip those replacements.
  const whole = /[\uD800-\uDFFF]/.test(term) ? term.replace(LONE_SURROGATE, '\uFFFD') : term;
  const encoded = encodeURIComponent(whole);
  if (!/[-!'()*]/.test(encoded)) return encoded;
  return encoded.replace(/[-!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
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
