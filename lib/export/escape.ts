// Markdown escaping for the exports: the reader's notes, tags and quotes, and page titles, written
// so that they read as plain text in any CommonMark renderer and in Obsidian, and can never open a
// heading, list, table, code block, HTML block or link, nor end the paragraph they belong to.
// Pure: strings in, strings out.

/** Lone UTF-16 surrogates: they cannot be written as UTF-8, so they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters other than tab and line feed (C0, DEL, C1 except NEL). */
const CONTROL = /(?![\t\n\u0085])\p{Cc}/gu;

/**
 * The reader's text with its line breaks made plain: CR LF, CR, NEL, and the Unicode line and
 * paragraph separators become "\n", tabs become spaces, other control characters and byte-order
 * marks are dropped, and lone surrogates become U+FFFD. Why: every other function here reasons
 * about lines, and a stray CR or U+2028 would be a line break to one program and not to another.
 */
export function cleanText(text: string): string {
  // Most text has nothing to clean: one test instead of five replacements.
  if (/^[\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\uffff]*$/.test(text))
    return text;
  return text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/\uFEFF/g, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Characters that are always escaped with a backslash: inline syntax of CommonMark and GFM (code,
 * emphasis, links, HTML, entities, tables, strikethrough) and of Obsidian (tags, math, block ids).
 */
const ALWAYS = /[\\`*_[\]<>&|~#$^]/g;

/** Any character `escapeInline` may change: a quick test that lets plain text through untouched. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~#$^%=]/;

/**
 * Escapes text that stays inside one line: every character with inline meaning gets a backslash,
 * and the doubled `%%` and `==` of Obsidian's comments and highlights are broken. Newlines are not
 * touched (see `escapeLine` and `markdownParagraphs`). Why: a note saying `<script>` or `*bold*`
 * must show those characters, never act on them.
 */
export function escapeInline(text: string): string {
  if (!INLINE_SPECIAL.test(text)) return text;
  return text
    .replace(ALWAYS, '\\$&')
    .replace(/%(?=%)/g, '%\\')
    .replace(/=(?==)/g, '=\\');
}

/**
 * Escapes one line that will begin a line of the document (or follow `> `): besides the inline
 * escapes, a leading `-` or `+` that would start a list item, a line of only `-` or `=` (a thematic
 * break or setext underline), and the `.` or `)` of an ordered-list marker get a backslash. Leading
 * and trailing spaces are dropped: four spaces would start a code block, two trailing ones a line
 * break. Why: a note line such as `---`, `- item` or `1. point` must stay a line of its paragraph.
 */
export function escapeLine(line: string): string {
  const trimmed = line.trim();
  return escapeLineStart(trimmed, escapeInline(trimmed));
}

/** `escapeLine` for a trimmed line whose inline escapes are `escaped`. */
function escapeLineStart(trimmed: string, escaped: string): string {
  // Most lines start with a letter: one character code decides that nothing more is needed.
  const first = trimmed.charCodeAt(0);
  const marker =
    first === 0x2d || first === 0x2b || first === 0x3d || (first >= 0x30 && first <= 0x39);
  if (!marker) return escaped;
  if (/^[-+](?:\s|$)/.test(trimmed) || /^[-=][-=\s]*$/.test(trimmed)) return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Whether a line is empty or holds only spaces and tabs: the lines that separate paragraphs. */
function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * Walks the reader's text line by line, in one pass: `visit` gets each line that has something to
 * show, escaped, and whether it opens a new paragraph (a blank line, or several, came before it
 * since the last line shown). Lines of other whitespace only are dropped without ending the
 * paragraph. The one definition `markdownParagraphs` and `markdownBlockquote` share.
 */
function eachEscapedLine(
  text: string,
  visit: (line: string, opensParagraph: boolean) => void,
): void {
  const clean = cleanText(text);
  // One test of the whole text instead of one per line: most texts need no inline escape at all.
  const plain = !INLINE_SPECIAL.test(clean);
  let shown = false;
  let blank = false;
  for (let from = 0; from <= clean.length;) {
    const newline = clean.indexOf('\n', from);
    const to = newline < 0 ? clean.length : newline;
    if (isBlankLine(clean, from, to)) {
      blank = true;
    } else {
      const trimmed = clean.slice(from, to).trim();
      const line = escapeLineStart(trimmed, plain ? trimmed : escapeInline(trimmed));
      if (line !== '') {
        visit(line, !shown || blank);
        shown = true;
        blank = false;
      }
    }
    from = to + 1;
  }
}

/**
 * The reader's text as Markdown paragraphs: a blank line (or several) separates paragraphs, a single
 * line break stays a line inside its paragraph, blank and space-only lines are dropped, every line is
 * escaped. Returns [] for text with nothing to show. Why: notes keep the paragraphs the reader wrote
 * without any line of theirs turning into Markdown structure.
 */
export function markdownParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  eachEscapedLine(text, (line, opensParagraph) => {
    if (!opensParagraph) {
      current += `\n${line}`;
      return;
    }
    if (current !== '') paragraphs.push(current);
    current = line;
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/**
 * A quote as a blockquote: `> ` before every line, and a lone `>` between paragraphs, so that the
 * passage's paragraph breaks survive. Returns '' when the quote has nothing to show. Why: a quote
 * is user text too, and every line of it must stay inside the blockquote.
 */
export function markdownBlockquote(text: string): string {
  let quote = '';
  eachEscapedLine(text, (line, opensParagraph) => {
    if (quote === '') quote = `> ${line}`;
    else quote += opensParagraph ? `\n>\n> ${line}` : `\n> ${line}`;
  });
  return quote;
}

/**
 * Text for a heading or another one-line place (a list item, a link's label): line breaks become
 * spaces, runs of spaces one space, and everything is escaped. Why: a title or colour name with a
 * newline in it must not split its heading or list item in two.
 */
export function markdownInline(text: string): string {
  return escapeInline(cleanText(text).replace(/\s+/g, ' ').trim());
}

/**
 * A heading of `level` (1–6). Why: page titles and organization names become headings, and a title
 * ending in ` #` or starting with `1.` must stay the title.
 */
export function markdownHeading(level: number, text: string): string {
  const depth = Math.min(6, Math.max(1, Math.trunc(level)));
  return `${'#'.repeat(depth)} ${markdownInline(text)}`;
}

/**
 * A tag as Obsidian and other notes apps read it, without the `#`: runs of characters other than
 * letters, digits, `_`, `/` and `-` (spaces included) become one `-`, and a leading `#` typed by the
 * reader is dropped. Returns null for a tag with no letter or digit left. Why: `#my tag` would end
 * at the space, and `#a,b` would be a different tag.
 */
export function sanitizeTag(tag: string): string | null {
  const clean = cleanText(tag)
    .trim()
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-');
  return /[\p{L}\p{N}]/u.test(clean) ? clean : null;
}

/** Characters percent-encoded in a link destination: spaces, controls and Markdown's delimiters. */
const URL_UNSAFE = /[\s\p{Cc}()<>\\`]/gu;
const HAS_URL_UNSAFE = /[\s\p{Cc}()<>\\`]/u;

/**
 * An address made safe as a Markdown link destination: spaces, controls, parentheses, angle
 * brackets, backticks and backslashes are percent-encoded (UTF-8). Why: a `)` or space in a page's address would
 * end the link early and spill the rest of it into the text.
 */
export function markdownUrl(url: string): string {
  const clean = cleanText(url);
  if (!HAS_URL_UNSAFE.test(clean)) return clean;
  return clean.replace(URL_UNSAFE, (ch) =>
    Array.from(
      new TextEncoder().encode(ch),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

/** A link `[label](url)`, the label escaped and the address made safe. Why: see `markdownUrl`. */
export function markdownLink(label: string, url: string): string {
  return `[${markdownInline(label)}](${markdownUrl(url)})`;
}
