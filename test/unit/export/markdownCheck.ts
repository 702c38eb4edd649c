// A small line-based reader of Markdown for the export tests: does a line start a block (heading,
// list, quote, code, HTML, table, thematic break, setext underline), is any inline character left
// unescaped, and what text does an escaped line stand for. Enough to check that user text stays
// plain text inside its paragraph, without a full Markdown parser.

/** Lines that would start or end a block in CommonMark/GFM, were they to appear in a paragraph. */
const BLOCK_START = [
  /^ {0,3}#{1,6}(?:[ \t]|$)/, // ATX heading
  /^ {0,3}>/, // blockquote
  /^ {0,3}[-+*](?:[ \t]|$)/, // bullet list item
  /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/, // ordered list item
  /^ {0,3}(?:`{3,}|~{3,})/, // fenced code
  /^ {0,3}<[A-Za-z/!?]/, // HTML block
  /^ {0,3}(?:=+|-+)[ \t]*$/, // setext underline
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, // thematic break
  /^(?: {4}|\t)/, // indented code
  /^ {0,3}\|/, // table row
  /^ {0,3}\[[^\]]*\]:/, // link reference definition
];

/** Whether `line` would start a block of its own instead of continuing a paragraph. */
export function startsBlock(line: string): boolean {
  return line.trim() === '' || BLOCK_START.some((re) => re.test(line));
}

/** Characters with inline meaning, which must never appear without a backslash. */
const INLINE = /[\\`*_[\]<>&|~#$^]/;

/** Whether every character with inline meaning in `line` is backslash-escaped. */
export function fullyEscaped(line: string): boolean {
  const rest = line.replace(/\\[!-/:-@[-`{-~]/g, '');
  return !INLINE.test(rest) && !rest.includes('%%') && !rest.includes('==');
}

/** The text an escaped line stands for: each backslash escape replaced by its character. */
export function unescape(line: string): string {
  return line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** User text as the exporter keeps it: lines trimmed, blank lines gone, runs of them one break. */
export function normalizedText(text: string): string {
  return text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/(?![\t\n])\p{Cc}|\uFEFF/gu, '')
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Strings meant to break a Markdown document or its front matter, one way or another. */
export const NASTY_STRINGS: readonly string[] = [
  '# heading',
  '## two\n### three',
  '---',
  '---\ntitle: injected\n---',
  '===',
  'Title\n=',
  'Title\n-',
  '- item',
  '+ item',
  '* item',
  '1. one',
  '1) one',
  '123456789. big',
  '> quote',
  '>> nested',
  '```js\nalert(1)\n```',
  '~~~\ncode\n~~~',
  '    indented code',
  '\tTabbed code',
  '<script>alert(1)</script>',
  '<b>bold</b> and <!-- comment -->',
  '<div>\n\nblock\n\n</div>',
  '&amp; &lt;b&gt; &#60;',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '[link](https://example.org) and ![img](x.png)',
  '[ref]: https://example.org',
  '[[wikilink]] and [^1]',
  '*em* **strong** _em_ __strong__ ***both***',
  '~~strike~~',
  '`code` and ``double``',
  'back\\slash at end\\',
  'two trailing spaces  \nnext line',
  '$x^2$ and $$math$$',
  '%%obsidian comment%%',
  '==highlight==',
  '#tag and #another',
  'block ref ^abc123',
  '- [ ] task',
  '***',
  '* * *',
  '_ _ _',
  'line\r\nwindows\rold mac',
  'separator\u2028line\u2029para\u0085nel',
  'control\u0000\u0007\u001b[31mred\u007f\u0085chars',
  'bom\uFEFFinside',
  'emoji 🎉 and lone \uD800 surrogate',
  '\n\n\nleading blank lines',
  'trailing blank lines\n\n\n',
  '   \n   \n',
  'a\n\n\n\nb',
  '"quotes" and \'single\' and `ticks`',
  'key: value\nother: "x"',
  '\\',
  '\\\\',
  '<',
  '\\<script\\>',
];
