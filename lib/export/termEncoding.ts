// The terms of a text directive percent-encoded as the spec and the Markdown around the link need
// them, written out by hand: with 10,000 highlights, encodeURIComponent and the replacements it
// needed after it cost more than the rest of a link. Pure; a helper of textFragment.ts.

/** `%XX` for every byte value: the pieces an encoded term is made of. */
const PERCENT: readonly string[] = Array.from(
  { length: 256 },
  (_, byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
);

/** Whether an ASCII character stays as it is in a term: letters, digits, `.`, `_`, `~`. */
const KEPT = Uint8Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9._~]/.test(String.fromCharCode(code)) ? 1 : 0,
);

/** U+FFFD as UTF-8, percent-encoded: what a lone surrogate becomes. */
const REPLACEMENT = '%EF%BF%BD';

/** One character (code point) percent-encoded as UTF-8. */
function encodeCodePoint(cp: number): string {
  if (cp < 0x80) return PERCENT[cp] as string;
  if (cp < 0x800) return `${PERCENT[0xc0 | (cp >> 6)]}${PERCENT[0x80 | (cp & 0x3f)]}`;
  if (cp < 0x10000) {
    return `${PERCENT[0xe0 | (cp >> 12)]}${PERCENT[0x80 | ((cp >> 6) & 0x3f)]}${PERCENT[0x80 | (cp & 0x3f)]}`;
  }
  return `${PERCENT[0xf0 | (cp >> 18)]}${PERCENT[0x80 | ((cp >> 12) & 0x3f)]}${PERCENT[0x80 | ((cp >> 6) & 0x3f)]}${PERCENT[0x80 | (cp & 0x3f)]}`;
}

/**
 * One term percent-encoded as UTF-8: everything but RFC 3986's unreserved characters (ASCII
 * letters, digits, `.`, `_`, `~`) and also `-`; a lone surrogate becomes U+FFFD. Why: the spec
 * requires `-`, `,` and `&` encoded, and the link also has to survive Markdown and copying.
 * Written out by hand (runs of kept characters copied whole) because encodeURIComponent and the
 * replacements it needed cost more than the rest of a link with 10,000 highlights.
 */
export function encodeTerm(term: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 0x80 && KEPT[code] === 1) continue;
    if (i > kept) out += term.slice(kept, i);
    if (code < 0xd800 || code > 0xdfff) {
      out += encodeCodePoint(code);
    } else {
      const next = code <= 0xdbff ? term.charCodeAt(i + 1) : NaN;
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += encodeCodePoint(0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00));
        i++;
      } else {
        out += REPLACEMENT;
      }
    }
    kept = i + 1;
  }
  return kept === 0 ? term : out + term.slice(kept);
}
