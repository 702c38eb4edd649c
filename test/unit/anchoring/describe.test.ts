// describeSpan: a span of the article's text becomes a quote with 32 characters of context on each side and its position.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan } from '../../../lib/anchoring/describe';

const TEXT =
  'Along Chad’s eastern frontier, a dozen camps now hold\nnearly a quarter of a million people ' +
  'from Darfur. The\nOfce of the U.N. High Commissioner for Refugees began';

describe('describeSpan', () => {
  it('stores the quote, 32 characters before and after it, and its offsets', () => {
    const start = TEXT.indexOf('a quarter');
    const end = start + 'a quarter of a million'.length;
    const selectors = describeSpan(TEXT, { start, end });
    expect(CONTEXT_LENGTH).toBe(32);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'a quarter of a million',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
    });
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clips the context at the start and the end of the text', () => {
    const atStart = describeSpan(TEXT, { start: 0, end: 5 });
    expect(atStart.quote.prefix).toBe('');
    expect(atStart.quote.exact).toBe('Along');
    const atEnd = describeSpan(TEXT, { start: TEXT.length - 5, end: TEXT.length });
    expect(atEnd.quote.suffix).toBe('');
    expect(atEnd.quote.exact).toBe('began');
    const whole = describeSpan('short', { start: 0, end: 5 });
    expect(whole.quote).toMatchObject({ prefix: '', exact: 'short', suffix: '' });
  });

  it('keeps whitespace as the text model has it (" " and "\\n")', () => {
    const start = TEXT.indexOf('The\nOfce');
    const selectors = describeSpan(TEXT, { start, end: start + 'The\nOfce'.length });
    expect(selectors.quote.exact).toBe('The\nOfce');
  });

  it('never cuts a character outside the Basic Multilingual Plane in half in the context', () => {
    const text = `${'x'.repeat(10)}😀${'y'.repeat(31)}QUOTE${'z'.repeat(31)}😀tail`;
    const start = text.indexOf('QUOTE');
    const selectors = describeSpan(text, { start, end: start + 5 });
    expect(selectors.quote.prefix).toBe('y'.repeat(31));
    expect(selectors.quote.suffix).toBe('z'.repeat(31));
  });

  it('rejects an empty span', () => {
    expect(() => describeSpan(TEXT, { start: 4, end: 4 })).toThrow(RangeError);
    expect(() => describeSpan(TEXT, { start: 4, end: 4 })).toThrow(/empty/);
  });

  it('rejects a span outside the text, reversed, or with fractional offsets', () => {
    expect(() => describeSpan(TEXT, { start: -1, end: 3 })).toThrow(/outside the text/);
    expect(() => describeSpan(TEXT, { start: 0, end: TEXT.length + 1 })).toThrow(/outside/);
    expect(() => describeSpan(TEXT, { start: 9, end: 3 })).toThrow(RangeError);
    expect(() => describeSpan(TEXT, { start: 1.5, end: 3 })).toThrow(/integers/);
    expect(() => describeSpan('', { start: 0, end: 0 })).toThrow(RangeError);
  });
});
