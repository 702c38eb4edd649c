// Describing a span of the article's text as W3C Web Annotation selectors: the quote with about
// 32 characters of context on either side, and its position.

import type { Selectors, TextSpan } from './types';

/** Characters of context stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The selectors for `span` of `text`. Why: they are what a highlight stores, enough to find the
 * passage again after the text changes. Throws a RangeError for an empty span or one that does not
 * lie inside the text, since a highlight of nothing cannot be found again.
 */
export function describeSpan(text: string, span: TextSpan): Selectors {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`span offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  if (start === end) throw new RangeError(`span [${start}, ${end}) is empty`);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never cut a character outside the BMP in half at the context's far ends.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
