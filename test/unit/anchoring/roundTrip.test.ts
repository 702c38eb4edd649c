// Selectors round trip on the fixture pages' article texts: describing a span and anchoring it again gives the same span, by position, by quote and context alone, and through re-rendered whitespace.
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorSelectors } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { TextSpan } from '../../../lib/anchoring/types';
import { fixtureArticleTexts } from './fixtureTexts';
import { wordsOf } from './mutate';

const texts = fixtureArticleTexts();

/** Spans of 1 to 40 whole words, starting at every third word. */
function spansOf(text: string): TextSpan[] {
  const words = wordsOf(text);
  const spans: TextSpan[] = [];
  for (let i = 0; i < words.length; i += 3) {
    const length = 1 + ((i * 7) % 40);
    const last = Math.min(words.length - 1, i + length - 1);
    spans.push({ start: words[i]!.start, end: words[last]!.end });
  }
  return spans;
}

describe('selectors round trip on the fixture pages', () => {
  it('has article texts to run on', () => {
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const { text } of texts) expect(text.length).toBeGreaterThan(1000);
  });

  it.each(texts.map((t) => [t.name, t.text] as const))(
    'gives back every span of %s exactly',
    (_name, text) => {
      const spans = spansOf(text);
      const list = spans.map((span) => describeSpan(text, span));
      const expected = spans.map((span) => ({ status: 'exact', ...span }));
      expect(list.map((s) => anchorSelectors(text, s))).toEqual(expected);
      expect(anchorAll(text, list)).toEqual(expected);
    },
  );

  it.each(texts.map((t) => [t.name, t.text] as const))(
    'finds every span of three words or more in %s by its quote and context alone',
    (_name, text) => {
      const spans = spansOf(text).filter((s) => wordsOf(text.slice(s.start, s.end)).length >= 3);
      for (const span of spans) {
        const selectors = describeSpan(text, span);
        selectors.position = { type: 'TextPositionSelector', start: 0, end: 0 };
        expect(anchorSelectors(text, selectors)).toEqual({ status: 'exact', ...span });
      }
    },
  );

  it.each(texts.map((t) => [t.name, t.text] as const))(
    'places every span of %s on the same offsets after its line breaks became spaces',
    (_name, text) => {
      const spans = spansOf(text).filter((s) => wordsOf(text.slice(s.start, s.end)).length >= 3);
      const flat = text.replace(/\n/g, ' ');
      const list = spans.map((span) => describeSpan(text, span));
      anchorAll(flat, list).forEach((anchor, i) => {
        const span = spans[i]!;
        if (!/\n/.test(text.slice(span.start, span.end))) {
          expect(anchor).toEqual({ status: 'exact', ...span });
        } else {
          expect(anchor).toMatchObject({ status: 'fuzzy', ...span });
        }
      });
    },
  );
});
