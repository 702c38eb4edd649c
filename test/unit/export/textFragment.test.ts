// Text fragments (`#:~:text=`) linking each exported highlight to its passage: terms are
// percent-encoded as the WICG spec asks, matching follows the spec's rules (first match, word
// boundaries, prefix/suffix next to the passage, case and accents ignored), and the directive
// chosen for a highlight selects that highlight and nothing before it: the whole quote when short
// and on one line, start and end words otherwise, with context only where needed, or always when
// only the stored context is known.
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../lib/anchoring/describe';
import {
  encodeTerm,
  encodeTextDirective,
  textDirectiveFor,
  textFragmentUrl,
} from '../../../lib/export/textFragment';
import { findTextDirective, isWordBoundary } from '../../../lib/export/textMatch';
import { lines } from '../../../lib/export/textPlacement';
import { DEMO_TEXT, select } from './exportFixtures';

describe('encodeTerm', () => {
  it('percent-encodes the delimiters -, , and &', () => {
    expect(encodeTerm('cost-sharing, Q&A')).toBe('cost%2Dsharing%2C%20Q%26A');
  });

  it('keeps ASCII letters, digits and ._~ and encodes everything else as UTF-8', () => {
    expect(encodeTerm('AZaz09._~')).toBe('AZaz09._~');
    expect(encodeTerm("(a)!*'#%:/?=+$;@")).toBe('%28a%29%21%2A%27%23%25%3A%2F%3F%3D%2B%24%3B%40');
    expect(encodeTerm('Ségou — “IOM’s” 🎉')).toBe(
      'S%C3%A9gou%20%E2%80%94%20%E2%80%9CIOM%E2%80%99s%E2%80%9D%20%F0%9F%8E%89',
    );
  });

  it('writes a lone surrogate as U+FFFD', () => {
    expect(encodeTerm('a\uD800b')).toBe('a%EF%BF%BDb');
  });
});

describe('encodeTextDirective', () => {
  it('writes [prefix-,]textStart[,textEnd][,-suffix]', () => {
    expect(encodeTextDirective({ textStart: 'IOM' })).toBe('text=IOM');
    expect(
      encodeTextDirective({ prefix: 'a-b', textStart: 'c,d', textEnd: 'e&f', suffix: 'g h' }),
    ).toBe('text=a%2Db-,c%2Cd,e%26f,-g%20h');
  });
});

describe('findTextDirective (the spec’s matching, over a string)', () => {
  const text = 'IOMbelieve that IOM works.\nNATO’s plan, the U.N. and 3.5 ships.\nIOM again, iom.';

  it('takes the first match at word boundaries, ignoring case and accents', () => {
    expect(findTextDirective(text, { textStart: 'IOM' })).toEqual({ start: 16, end: 19 });
    expect(findTextDirective('Ségou and segou', { textStart: 'SEGOU' })).toEqual({
      start: 0,
      end: 5,
    });
  });

  it('does not match inside a word, across an apostrophe or inside a number', () => {
    expect(findTextDirective('NATO’s plan', { textStart: 'NATO' })).toBeNull();
    expect(findTextDirective('3.5 ships', { textStart: '3' })).toBeNull();
    expect(findTextDirective('usingMINURSO', { textStart: 'MINURSO' })).toBeNull();
  });

  it('needs the prefix right before the start, with only whitespace (line breaks too) between', () => {
    const third = text.lastIndexOf('IOM');
    expect(findTextDirective(text, { prefix: 'ships.', textStart: 'IOM' })).toEqual({
      start: third,
      end: third + 3,
    });
    expect(findTextDirective(text, { prefix: 'plan', textStart: 'IOM' })).toBeNull();
  });

  it('needs the suffix right after the end', () => {
    const third = text.lastIndexOf('IOM');
    expect(findTextDirective(text, { textStart: 'IOM', suffix: 'again' })).toEqual({
      start: third,
      end: third + 3,
    });
  });

  it('takes the first textEnd after the start, whatever the suffix says', () => {
    const t = 'start one end two end three';
    expect(findTextDirective(t, { textStart: 'start', textEnd: 'end' })).toEqual({
      start: 0,
      end: 13,
    });
    expect(
      findTextDirective(t, { textStart: 'start', textEnd: 'end', suffix: 'three' }),
    ).toBeNull();
  });
});

describe('textDirectiveFor, with the article’s text', () => {
  it('writes a short quote on one line whole, with no context when it is the first match', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'northern Mali'), DEMO_TEXT)).toEqual({
      textStart: 'northern Mali',
    });
  });

  it('widens a quote to whole words', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'orthern Ma'), DEMO_TEXT)).toEqual({
      textStart: 'northern Mali',
    });
  });

  it('adds the shortest prefix that reaches a repeated passage', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'IOM', 2), DEMO_TEXT)).toEqual({
      prefix: 'decade,',
      textStart: 'IOM',
    });
  });

  it('adds a suffix where no prefix on the line tells the passage apart', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'Development', 2), DEMO_TEXT)).toEqual({
      textStart: 'Development',
      suffix: 'this',
    });
  });

  it('uses start and end words for a quote across lines (a term cannot cross blocks)', () => {
    const sel = select(DEMO_TEXT, 'For more than a decade, IOM has helped convene the\nRegional');
    expect(textDirectiveFor(sel, DEMO_TEXT)).toEqual({
      textStart: 'For more than a decade,',
      textEnd: 'Regional',
    });
  });

  it('uses five words from each end of a quote longer than 300 characters on one line', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const text = `Before. ${words}. After.`;
    const sel = select(text, words);
    expect(textDirectiveFor(sel, text)).toEqual({
      textStart: 'w0 w1 w2 w3 w4',
      textEnd: 'w75 w76 w77 w78 w79',
    });
  });

  it('takes more end words when the last ones come earlier in the quote too', () => {
    const line = 'alpha beta gamma delta epsilon one two three four five zeta eta theta '.repeat(6);
    const text = `Intro.\n${line}one two three four five.`;
    const sel = select(text, `${line}one two three four five`);
    const d = textDirectiveFor(sel, text);
    expect(d?.textEnd).toBe('four five zeta eta theta one two three four five');
    expect(findTextDirective(text, d!)).toEqual({ start: 7, end: text.length - 1 });
  });

  it('moves the end over the next words when the quote ends on a line holding only a common word', () => {
    const sel = select(
      DEMO_TEXT,
      'their homes.\nMany crossed into Mauritania, Niger and Burkina Faso;\nothers moved south inside the country, to Mopti, Ségou\nand',
    );
    const d = textDirectiveFor(sel, DEMO_TEXT);
    expect(d).toEqual({ textStart: 'their homes.', textEnd: 'and the' });
  });

  it('moves the end back to an earlier line when its last line cannot be told apart', () => {
    const text = 'Start here and there.\nthe middle and more\nand\nAfter.';
    const d = textDirectiveFor(
      select(text, 'Start here and there.\nthe middle and more\nand'),
      text,
    );
    expect(d).toEqual({ textStart: 'Start here and there.', textEnd: 'the middle and more' });
  });

  it('finds the quote by its context when the stored position is out of date', () => {
    const sel = select(DEMO_TEXT, 'IOM', 3);
    const moved = { ...sel, position: { ...sel.position, start: 0, end: 3 } };
    expect(textDirectiveFor(moved, DEMO_TEXT)).toEqual({ prefix: 'practice,', textStart: 'IOM' });
  });

  it('falls back on the stored context when the quote is no longer in the text', () => {
    const sel = select(DEMO_TEXT, 'IOM', 2);
    expect(textDirectiveFor(sel, 'A page that changed.')).toEqual({
      prefix: 'than a decade,',
      textStart: 'IOM',
      suffix: 'has helped convene',
    });
  });

  it('leaves out lines of the quote with no word at its ends, and gives null for no word at all', () => {
    const text = 'One line —\n— two words';
    expect(textDirectiveFor(select(text, '—\n— two'), text)).toEqual({ textStart: '— two' });
    expect(textDirectiveFor(select(text, '—\n—'), text)).toBeNull();
  });
});

describe('textDirectiveFor, with only the stored context', () => {
  it('adds up to three whole words of prefix and suffix from the same lines', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'IOM', 2))).toEqual({
      prefix: 'than a decade,',
      textStart: 'IOM',
      suffix: 'has helped convene',
    });
  });

  it('takes the context from the neighbouring line when the quote starts or ends a line', () => {
    const sel = select(DEMO_TEXT, 'Managing Mobility Beyond the Emergency');
    expect(textDirectiveFor(sel)).toEqual({
      prefix: 'coming rainy season.',
      textStart: 'Managing Mobility Beyond the Emergency',
      suffix: 'What happens in',
    });
  });

  it('leaves out a word cut by the edge of the stored context', () => {
    // The stored suffix ends inside "Mauritania" ("…into Mauritania, N").
    const sel = select(DEMO_TEXT, 'have left their homes.');
    expect(sel.quote.suffix).toBe('\nMany crossed into Mauritania, N');
    expect(textDirectiveFor(sel)?.suffix).toBe('Many crossed into');
  });

  it('writes no prefix for a quote at the start of the article', () => {
    expect(textDirectiveFor(select(DEMO_TEXT, 'MARCH 2013'))).toEqual({
      textStart: 'MARCH 2013',
      suffix: 'Since fighting broke',
    });
  });
});

describe('textFragmentUrl', () => {
  it('adds the directive to the page’s address, replacing any fragment', () => {
    const sel = select(DEMO_TEXT, 'IOM', 2);
    expect(textFragmentUrl('https://www.afsa.org/a#top', sel, DEMO_TEXT)).toBe(
      'https://www.afsa.org/a#:~:text=decade%2C-,IOM',
    );
  });

  it('links to the page itself when the quote has no word to match', () => {
    const text = 'Words — and dashes';
    expect(textFragmentUrl('https://x.org/p', select(text, '—'), text)).toBe('https://x.org/p');
  });
});

/** Where a directive for [start, end) should land: whole words, edge lines with no word left out. */
function expectedSpan(text: string, start: number, end: number) {
  let a = start;
  let b = end;
  while (a > 0 && !isWordBoundary(text, a)) a--;
  while (b < text.length && !isWordBoundary(text, b)) b++;
  const parts = lines(text, a, b);
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last
    ? { start: first.start, end: last.end, lineEnds: parts.map((p) => p.end) }
    : null;
}

describe('every passage of the demo page', () => {
  const spans: Array<[number, number]> = [];
  for (let start = 0; start < DEMO_TEXT.length; start += 11) {
    for (const length of [1, 3, 12, 40, 120, 350, 700]) {
      if (start + length <= DEMO_TEXT.length) spans.push([start, start + length]);
    }
  }

  it('is selected by its directive, the end moved by a few words at most', () => {
    for (const [start, end] of spans) {
      const expected = expectedSpan(DEMO_TEXT, start, end);
      const d = textDirectiveFor(describeSpan(DEMO_TEXT, { start, end }), DEMO_TEXT);
      if (expected === null) {
        expect(d).toBeNull();
        continue;
      }
      const found = findTextDirective(DEMO_TEXT, d!);
      expect(found?.start, JSON.stringify(d)).toBe(expected.start);
      const movedForward = DEMO_TEXT.slice(expected.end, found!.end);
      const movedBack = expected.lineEnds.includes(found!.end);
      expect(
        movedBack || (!movedForward.includes('\n') && movedForward.split(' ').length <= 6),
      ).toBe(true);
    }
  });

  it('is reached from the stored context alone too', () => {
    for (const [start, end] of spans) {
      const expected = expectedSpan(DEMO_TEXT, start, end);
      if (expected === null) continue;
      const d = textDirectiveFor(describeSpan(DEMO_TEXT, { start, end }));
      expect(findTextDirective(DEMO_TEXT, d!)?.start, JSON.stringify(d)).toBe(expected.start);
    }
  });
});
