// Escaping user text for Markdown: every character that could act is escaped, every line a note
// could start a block with is neutralised, paragraphs and quotes keep their breaks, tags are made
// safe for notes apps, and addresses stay inside their links. The last tests run a set of nasty
// strings through the writers and read the result back line by line.
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeInline,
  escapeLine,
  markdownBlockquote,
  markdownHeading,
  markdownInline,
  markdownLink,
  markdownParagraphs,
  markdownUrl,
  sanitizeTag,
} from '../../../lib/export/escape';
import {
  fullyEscaped,
  NASTY_STRINGS,
  normalizedText,
  startsBlock,
  unescape,
} from './markdownCheck';

describe('escapeInline', () => {
  it('puts a backslash before every character with inline meaning', () => {
    expect(escapeInline('\\ ` * _ [ ] < > & | ~ # $ ^')).toBe(
      '\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\& \\| \\~ \\# \\$ \\^',
    );
  });

  it('breaks the doubled %% and == of Obsidian comments and highlights, and leaves single ones', () => {
    expect(escapeInline('%%hidden%% ==marked== 50% a=b')).toBe(
      '%\\%hidden%\\% =\\=marked=\\= 50% a=b',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(escapeInline('IOM’s 2013 report (p. 4): 3.5 million, see dtm.iom.int!')).toBe(
      'IOM’s 2013 report (p. 4): 3.5 million, see dtm.iom.int!',
    );
  });

  it('writes HTML as text', () => {
    expect(escapeInline('<b>x</b> &amp;')).toBe('\\<b\\>x\\</b\\> \\&amp;');
  });
});

describe('escapeLine', () => {
  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['=', '\\='],
    ['===', '\\=\\=\\='],
    ['1. one', '1\\. one'],
    ['12) twelve', '12\\) twelve'],
    ['7.', '7\\.'],
    ['# title', '\\# title'],
    ['> quote', '\\> quote'],
  ])('neutralises %j at the start of a line', (line, escaped) => {
    expect(escapeLine(line)).toBe(escaped);
  });

  it.each([
    ['-5 degrees', '-5 degrees'],
    ['3.5 million', '3.5 million'],
    ['2013. A year', '2013\\. A year'],
    ['+1', '+1'],
  ])('escapes %j only where it would act', (line, escaped) => {
    expect(escapeLine(line)).toBe(escaped);
  });

  it('drops leading spaces (a code block) and trailing ones (a hard break)', () => {
    expect(escapeLine('     code?  ')).toBe('code?');
  });
});

describe('markdownParagraphs', () => {
  it('keeps paragraphs apart and lines within a paragraph', () => {
    expect(markdownParagraphs('one\ntwo\n\nthree')).toEqual(['one\ntwo', 'three']);
  });

  it('reads several blank lines, or lines of spaces, as one paragraph break', () => {
    expect(markdownParagraphs('one\n \n\t\n\ntwo')).toEqual(['one', 'two']);
  });

  it('understands every kind of line break', () => {
    expect(markdownParagraphs('a\r\nb\rc\u2028d\u0085e\u2029\u2029f')).toEqual([
      'a\nb\nc\nd\ne',
      'f',
    ]);
  });

  it('gives nothing for an empty or blank note', () => {
    expect(markdownParagraphs('')).toEqual([]);
    expect(markdownParagraphs(' \n\n \t ')).toEqual([]);
  });
});

describe('markdownBlockquote', () => {
  it('quotes every line, with an empty quoted line between paragraphs', () => {
    expect(markdownBlockquote('First line\nsecond line\n\nNext paragraph')).toBe(
      '> First line\n> second line\n>\n> Next paragraph',
    );
  });

  it('keeps a quoted line from starting a list or heading inside the quote', () => {
    expect(markdownBlockquote('1. point\n- dash\n# hash')).toBe(
      '> 1\\. point\n> \\- dash\n> \\# hash',
    );
  });
});

describe('one-line places: headings, list items, link labels', () => {
  it('join lines with spaces', () => {
    expect(markdownInline('Title\n=====\nmore')).toBe('Title =\\=\\=\\=\\= more');
  });

  it('escape a heading’s closing # and keep its level between 1 and 6', () => {
    expect(markdownHeading(2, 'Notes #')).toBe('## Notes \\#');
    expect(markdownHeading(9, 'x')).toBe('###### x');
    expect(markdownHeading(0, 'x')).toBe('# x');
  });

  it('make a link whose label and address cannot end it early', () => {
    expect(markdownLink('see [this]', 'https://example.org/a (b)/c d')).toBe(
      '[see \\[this\\]](https://example.org/a%20%28b%29/c%20d)',
    );
  });
});

describe('markdownUrl', () => {
  it('percent-encodes what would end or break a link destination, and nothing else', () => {
    expect(markdownUrl('https://x.org/p?q=a b&c=<d>#:~:text=e%2Cf')).toBe(
      'https://x.org/p?q=a%20b&c=%3Cd%3E#:~:text=e%2Cf',
    );
    expect(markdownUrl('https://x.org/a`b\\c')).toBe('https://x.org/a%60b%5Cc');
  });
});

describe('sanitizeTag', () => {
  it.each([
    ['migration', 'migration'],
    ['#migration', 'migration'],
    ['Sahel region', 'Sahel-region'],
    ['a & b,c', 'a-b-c'],
    ['policy/usa', 'policy/usa'],
    ['snake_case-tag', 'snake_case-tag'],
    ['Ségou', 'Ségou'],
    ['2013', '2013'],
    ['[[x]]', '-x-'],
  ])('%j becomes %j', (tag, clean) => {
    expect(sanitizeTag(tag)).toBe(clean);
  });

  it('drops a tag with no letter or digit left', () => {
    expect(sanitizeTag('###')).toBeNull();
    expect(sanitizeTag(' - ')).toBeNull();
  });
});

describe('cleanText', () => {
  it('drops control characters and byte-order marks and repairs lone surrogates', () => {
    expect(cleanText('a\u0000b\u001bc\u007fd\uFEFFe\uD800f')).toBe('abcde\uFFFDf');
  });
});

describe('nasty strings stay plain text', () => {
  it.each(NASTY_STRINGS.map((s) => [s]))('note %j: each line continues its paragraph', (text) => {
    const paragraphs = markdownParagraphs(text);
    for (const paragraph of paragraphs) {
      for (const line of paragraph.split('\n')) {
        expect(startsBlock(line), line).toBe(false);
        expect(fullyEscaped(line), line).toBe(true);
      }
    }
    const restored = paragraphs.map((p) => p.split('\n').map(unescape).join('\n')).join('\n\n');
    expect(restored).toBe(normalizedText(cleanText(text)));
  });

  it.each(NASTY_STRINGS.map((s) => [s]))('quote %j: every line stays in the blockquote', (text) => {
    const quote = markdownBlockquote(text);
    if (quote === '') return;
    for (const line of quote.split('\n')) {
      expect(line === '>' || line.startsWith('> ')).toBe(true);
      if (line !== '>') {
        expect(startsBlock(line.slice(2)), line).toBe(false);
        expect(fullyEscaped(line.slice(2)), line).toBe(true);
      }
    }
  });

  it.each(NASTY_STRINGS.map((s) => [s]))('title %j: one heading line', (text) => {
    const heading = markdownHeading(1, text);
    expect(heading.split('\n')).toHaveLength(1);
    expect(fullyEscaped(heading.slice(2))).toBe(true);
  });
});
