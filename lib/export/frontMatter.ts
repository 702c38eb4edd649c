// YAML front matter for the Markdown exports: the block between two `---` lines at the top of a
// note, which Obsidian shows as properties. Every string is written as a one-line YAML
// double-quoted scalar, so no title or tag can end the block, add a key or change a value's type.

/** A value of the front matter: text, a whole number, or a list of texts. */
export type FrontMatterValue = string | number | readonly string[];

/** One key and its value; a null value leaves the key out. */
export type FrontMatterField = readonly [key: string, value: FrontMatterValue | null];

/** Keys are chosen by the exporter, never by the reader: plain lowercase words. */
const KEY = /^[a-z][a-z0-9_-]*$/;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * Characters YAML does not allow raw in a scalar, or would read as a line break: C0 and C1
 * controls, DEL, NEL, the Unicode line and paragraph separators, the byte-order mark and U+FFFE/F.
 */
const NEEDS_ESCAPE = /["\\\p{Cc}\u2028\u2029\uFEFF\uFFFE\uFFFF]/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string as a YAML double-quoted scalar on one line. Only escapes that JSON shares are used
 * (`\"`, `\\`, `\n`, `\r`, `\t`, `\uXXXX`), so the value also reads back with JSON.parse; lone
 * surrogates, which neither format can carry, become U+FFFD. Why: a title may hold quotes,
 * backslashes, newlines, `---` or `key: value`, and must stay one value.
 */
export function yamlString(value: string): string {
  const escaped = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(
      NEEDS_ESCAPE,
      (ch) =>
        SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  return `"${escaped}"`;
}

function yamlValue(key: string, value: FrontMatterValue): string {
  if (typeof value === 'number') {
    // Only whole numbers are written bare; anything else is kept as text.
    return Number.isSafeInteger(value)
      ? `${key}: ${value}`
      : `${key}: ${yamlString(String(value))}`;
  }
  if (typeof value === 'string') return `${key}: ${yamlString(value)}`;
  if (value.length === 0) return `${key}: []`;
  return [`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`)].join('\n');
}

/**
 * The front matter block, `---` lines included, for the fields in the order given (null values
 * left out). Throws on a key that is not a plain lowercase word, since keys are the exporter's own.
 * Why: the exports open with it, so that notes apps file the note under its title, source and tags.
 */
export function frontMatter(fields: readonly FrontMatterField[]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (!KEY.test(key))
      throw new Error(`front matter key ${JSON.stringify(key)} is not a plain word`);
    if (value !== null) lines.push(yamlValue(key, value));
  }
  lines.push('---');
  return lines.join('\n');
}
