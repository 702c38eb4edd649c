// The export's quick paths agree with the plain definitions they stand in for. The writers escape
// paragraphs in one pass, encode link terms by hand, decide most word boundaries from two
// character codes, find the words of context from the quote outwards and check link candidates
// with terms cut out of the folded text, because the export of 10,000 highlights spends its time
// there; the definitions below are the readable ones (regular expressions, encodeURIComponent),
// and the quick code must give the same string for every input, tricky or generated.
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeInline,
  escapeLine,
  markdownBlockquote,
  markdownParagraphs,
} from '../../../lib/export/escape';
import { encodeTerm } from '../../../lib/export/textFragment';
import { foldText, isWordBoundary, matchText } from '../../../lib/export/textMatch';
import {
  MAX_CONTEXT_WORDS,
  wordsAfter,
  wordsBefore,
  type Placement,
} from '../../../lib/export/textPlacement';
import type { TextSpan } from '../../../lib/anchoring/types';
import { seededRandom } from '../anchoring/random';
import { NASTY_STRINGS } from './markdownCheck';

/** escapeLine as regular expressions say it. */
function plainEscapeLine(line: string): string {
  const trimmed = line.trim();
  const escaped = escapeInline(trimmed);
  if (!/^[-+=\d]/.test(trimmed)) return escaped;
  if (/^[-+](?:\s|$)/.test(trimmed) || /^[-=][-=\s]*$/.test(trimmed)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Paragraphs: split at blank lines (spaces and tabs only), lines trimmed, empty ones dropped. */
function plainParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(plainEscapeLine)
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '');
}

function plainBlockquote(text: string): string {
  return plainParagraphs(text)
    .map((paragraph) => `> ${paragraph.replaceAll('\n', '\n> ')}`)
    .join('\n>\n');
}

/** encodeURIComponent, then the five characters it leaves that a term may not hold. */
function plainEncodeTerm(term: string): string {
  const whole = term.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(whole).replace(
    /[-!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const WORD = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /^\p{Nd}$/u.test(ch);

/** Whether `mid`, between `before` and `after`, keeps one word together (`NATO’s`, `3.5`). */
function joins(mid: string | undefined, before: string | undefined, after: string | undefined) {
  if (!isWord(before) || !isWord(after)) return false;
  if (mid === "'" || mid === '\u2019') return true;
  return (mid === '.' || mid === ',') && isDigit(before) && isDigit(after);
}

/** Word boundaries as textMatch documents them, for text without surrogate pairs. */
function plainBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const [before, after] = [text[i - 1], text[i]];
  if (isWord(before) && isWord(after)) return false;
  if (joins(after, before, text[i + 1])) return false;
  if (joins(before, text[i - 2], after)) return false;
  return true;
}

/** The inputs (at most five) on which `quick` and `plain` differ, with both results. */
function mismatches<T>(
  inputs: Iterable<T>,
  quick: (input: T) => unknown,
  plain: (input: T) => unknown,
): Array<{ input: T; quick: unknown; plain: unknown }> {
  const found = [];
  for (const input of inputs) {
    const [q, p] = [JSON.stringify(quick(input)), JSON.stringify(plain(input))];
    if (q !== p) found.push({ input, quick: q, plain: p });
    if (found.length === 5) break;
  }
  return found;
}

/** Strings of up to `max` pieces drawn from `pieces`, the same on every run. */
function generated(pieces: readonly string[], count: number, max: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: random.int(0, max) }, () => random.pick(pieces)).join(''),
  );
}

/** Line breaks of every kind, blank lines of spaces, tabs and other spaces, and Markdown markers. */
const TEXT_PIECES = [
  'a',
  'IOM',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\uFEFF',
  '\u000b',
  '\u0000',
  '-',
  '+',
  '=',
  '---',
  '1',
  '12.',
  '3)',
  '#',
  '*',
  '>',
  '%%',
  '==',
  '\\',
  '`',
  '<b>',
  'é',
  '\uD83C\uDF89',
  '\uD800',
  '\uDC00',
];

const TRICKY_TEXTS = [
  ...NASTY_STRINGS,
  '',
  '\n',
  ' \n \t\n',
  'one\n\ntwo',
  'one\n \t \n\n  two\nthree',
  'one\n\u00a0\ntwo',
  'one\n\u00a0\n\ntwo',
  '\n\nleading and trailing\n\n',
  '- a list\n+ another\n1. ordered\n2) also\n---\n===\n- - -',
  'line\r\nwith CRLF\r\rand CR\u2028and LS\u2029and PS\u0085and NEL',
];

describe('one-pass paragraphs and blockquotes', () => {
  it('agree with splitting at blank lines on tricky texts', () => {
    expect(mismatches(TRICKY_TEXTS, markdownParagraphs, plainParagraphs)).toEqual([]);
    expect(mismatches(TRICKY_TEXTS, markdownBlockquote, plainBlockquote)).toEqual([]);
  });

  it('agree on 2,000 generated texts, and so does escapeLine', () => {
    const texts = generated(TEXT_PIECES, 2_000, 12, 2013);
    expect(mismatches(texts, markdownParagraphs, plainParagraphs)).toEqual([]);
    expect(mismatches(texts, markdownBlockquote, plainBlockquote)).toEqual([]);
    expect(mismatches(texts, escapeLine, plainEscapeLine)).toEqual([]);
  });
});

describe('encodeTerm written out by hand', () => {
  it('agrees with encodeURIComponent and the five extra escapes on every UTF-16 unit', () => {
    const terms = Array.from({ length: 0x10000 }, (_, code) => `a${String.fromCharCode(code)}b`);
    expect(mismatches(terms, encodeTerm, plainEncodeTerm)).toEqual([]);
  });

  it('agrees on surrogate pairs, lone surrogates and generated terms', () => {
    const pieces = [
      'a',
      'Z',
      '0',
      '-',
      ',',
      '&',
      ' ',
      "'",
      '(',
      '*',
      '~',
      '.',
      '_',
      'é',
      '’',
      '\u07ff',
      '\u0800',
      '\uffff',
      '\uD83C\uDF89',
      '\uD800',
      '\uDC00',
      '\uDBFF\uDFFF',
    ];
    expect(mismatches(generated(pieces, 2_000, 10, 28), encodeTerm, plainEncodeTerm)).toEqual([]);
  });
});

describe('word boundaries decided from two ASCII codes', () => {
  it('agree with the documented rules at every position of every string of up to 3 characters', () => {
    const alphabet = ['a', 'Z', '5', '_', "'", '.', ',', ' ', '-', '\n', 'é', '’'];
    let texts = [''];
    const all = [''];
    for (let length = 1; length <= 3; length++) {
      texts = texts.flatMap((text) => alphabet.map((ch) => text + ch));
      all.push(...texts);
    }
    const places = all.flatMap((text) =>
      Array.from({ length: text.length + 3 }, (_, k) => ({ text, at: k - 1 })),
    );
    expect(
      mismatches(
        places,
        ({ text, at }) => isWordBoundary(text, at),
        ({ text, at }) => plainBoundary(text, at),
      ),
    ).toEqual([]);
  });
});

describe('folding by runs of ASCII', () => {
  it('folds a text as its units folded one by one, whatever stands around them', () => {
    // Σ lower-cases differently at the end of a word when a whole string is lower-cased.
    const pieces = ['a', 'IOM', ' ', '\n', 'É', 'é', 'ΑΣ', 'Σ', 'İ', 'ß', '’', '\uD83C\uDF89', 'Ω'];
    const texts = generated(pieces, 2_000, 8, 51);
    const unitByUnit = (text: string) =>
      Array.from({ length: text.length }, (_, i) => foldText(text[i] ?? '')).join('');
    expect(mismatches(texts, foldText, unitByUnit)).toEqual([]);
    expect(texts.filter((text) => foldText(text).length !== text.length)).toEqual([]);
  });

  it('so a term cut out of the folded text is the term folded (how link candidates are checked)', () => {
    const pieces = ['a', 'IOM', ' ', '\n', 'É', 'ΑΣ', 'Σ', 'İ', 'ß', '’', '\uD83C\uDF89', '\uD800'];
    const cuts = generated(pieces, 300, 8, 52).flatMap((text) =>
      Array.from({ length: text.length + 1 }, (_, start) =>
        Array.from({ length: text.length + 1 - start }, (_, n) => ({
          text,
          start,
          end: start + n,
        })),
      ).flat(),
    );
    expect(
      mismatches(
        cuts,
        ({ text, start, end }) => foldText(text).slice(start, end),
        ({ text, start, end }) => foldText(text.slice(start, end)),
      ),
    ).toEqual([]);
  });
});

/** The words (runs of non-whitespace) of text[from, to), as spans of the text. */
function wordSpans(text: string, from: number, to: number): TextSpan[] {
  return Array.from(text.slice(from, to).matchAll(/\S+/g), (m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** The words of context before `start`, as textPlacement documents them: every word of the line, then the last five. */
function plainWordsBefore(p: Placement, start: number): TextSpan[] {
  const before = p.target.text.slice(0, start).trimEnd();
  if (before === '') return [];
  let words = wordSpans(before, before.lastIndexOf('\n') + 1, before.length);
  if (p.cutBefore && words[0]?.start === 0) words = words.slice(1);
  return words.slice(-MAX_CONTEXT_WORDS);
}

/** The words of context after `end`, likewise: every word of the next line with a word, then the first five. */
function plainWordsAfter(p: Placement, end: number): TextSpan[] {
  const text = p.target.text;
  const from = text.length - text.slice(end).trimStart().length;
  if (from === text.length) return [];
  const newline = text.indexOf('\n', from);
  let words = wordSpans(text, from, newline < 0 ? text.length : newline);
  if (p.cutAfter && words[words.length - 1]?.end === text.length) words = words.slice(0, -1);
  return words.slice(0, MAX_CONTEXT_WORDS);
}

describe('words of context found from the quote outwards', () => {
  it('agree with every word of the line, then the nearest five, at every position', () => {
    const pieces = ['a', 'IOM', 'é’s', ' ', ' ', '  ', '\n', '\n \n', '\u00a0', '\u3000', '\t'];
    const places = generated(pieces, 400, 16, 53).flatMap((text) =>
      [false, true].flatMap((cut) => {
        const p: Placement = {
          target: matchText(text),
          start: 0,
          end: 0,
          whole: false,
          cutBefore: cut,
          cutAfter: cut,
        };
        return Array.from({ length: text.length + 1 }, (_, at) => ({ p, at }));
      }),
    );
    const quick = ({ p, at }: { p: Placement; at: number }) => [
      wordsBefore(p, at),
      wordsAfter(p, at),
    ];
    const plain = ({ p, at }: { p: Placement; at: number }) => [
      plainWordsBefore(p, at),
      plainWordsAfter(p, at),
    ];
    expect(mismatches(places, quick, plain)).toEqual([]);
  });
});
