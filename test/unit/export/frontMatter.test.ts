// YAML front matter: every string is one double-quoted line whose escapes JSON shares (so it reads
// back with JSON.parse), whole numbers are bare, lists are one item a line, and whatever a title or
// tag holds, the block keeps exactly its two `---` lines and its own keys.
import { describe, expect, it } from 'vitest';
import { frontMatter, yamlString } from '../../../lib/export/frontMatter';
import { NASTY_STRINGS } from './markdownCheck';

describe('yamlString', () => {
  it('quotes plain text as it is', () => {
    expect(yamlString('FSJ March 2013')).toBe('"FSJ March 2013"');
  });

  it('escapes quotes, backslashes and line breaks', () => {
    expect(yamlString('say "hi"\\n\nnext\r\tend')).toBe('"say \\"hi\\"\\\\n\\nnext\\r\\tend"');
  });

  it('escapes controls, DEL, C1, NEL, the Unicode separators and the byte-order mark', () => {
    expect(yamlString('\u0000\u001b\u007f\u0085\u009f\u2028\u2029\uFEFF')).toBe(
      '"\\u0000\\u001B\\u007F\\u0085\\u009F\\u2028\\u2029\\uFEFF"',
    );
  });

  it('keeps letters beyond ASCII, and makes a lone surrogate U+FFFD', () => {
    expect(yamlString('Ségou — “quoted” 🎉 \uD800')).toBe('"Ségou — “quoted” 🎉 \uFFFD"');
  });

  it.each(NASTY_STRINGS.map((s) => [s]))('%j is one line that reads back the same', (text) => {
    const written = yamlString(text);
    expect(written.split(/[\n\r\u0085\u2028\u2029]/)).toHaveLength(1);
    expect(JSON.parse(written)).toBe(text.replace(/\uD800/g, '\uFFFD'));
  });
});

describe('frontMatter', () => {
  it('writes the fields in order between two --- lines, leaving out null ones', () => {
    expect(
      frontMatter([
        ['title', 'Page 28'],
        ['issue', null],
        ['page', 28],
        ['tags', ['a', 'b']],
        ['aliases', []],
      ]),
    ).toBe(
      [
        '---',
        'title: "Page 28"',
        'page: 28',
        'tags:',
        '  - "a"',
        '  - "b"',
        'aliases: []',
        '---',
      ].join('\n'),
    );
  });

  it('writes only whole numbers bare', () => {
    expect(frontMatter([['n', 2.5]])).toBe('---\nn: "2.5"\n---');
    expect(frontMatter([['n', Number.NaN]])).toBe('---\nn: "NaN"\n---');
  });

  it('refuses keys that are not plain lowercase words', () => {
    expect(() => frontMatter([['Title', 'x']])).toThrow();
    expect(() => frontMatter([['a: b', 'x']])).toThrow();
    expect(() => frontMatter([['a\nb', 'x']])).toThrow();
  });

  it.each(NASTY_STRINGS.map((s) => [s]))(
    'with %j as title and tag, keeps its two --- lines and its keys',
    (text) => {
      const lines = frontMatter([
        ['title', text],
        ['tags', [text, 'ok']],
      ]).split('\n');
      expect(lines.filter((l) => l === '---')).toHaveLength(2);
      expect(lines[0]).toBe('---');
      expect(lines[lines.length - 1]).toBe('---');
      expect(lines.slice(1, -1)).toHaveLength(4);
      expect(lines[1]?.startsWith('title: "')).toBe(true);
      expect(lines[2]).toBe('tags:');
      expect(lines[3]?.startsWith('  - "')).toBe(true);
      expect(lines[4]).toBe('  - "ok"');
    },
  );
});
