// Camel humps: a capital between two lower-case letters (ASCII), where PDF extraction lost the space
// between two words ("GermanMarshall Fund", "ProgramDivision"). This finds the stretches of text
// around them, which the matcher reads again with the humps opened (normalize.ts, `openHumps`):
// most text has none, so the glossary's names need no spellings of their own for them. Pure.

/** How far either side of a hump a name may reach. */
const REACH = 80;

/** One stretch of text around humps, as offsets into the text. */
export interface HumpWindow {
  start: number;
  end: number;
  /** Whether text[s, e) spans one of the window's humps (else the plain reading saw it). */
  spansHump(s: number, e: number): boolean;
}

const isSpace = (ch: string) => /\s/.test(ch);

/**
 * The windows of `text` around its humps (the index of each capital that starts a word, as the
 * folding found them: normalize.ts), each widened to whole words; none for most texts.
 */
export function humpWindows(text: string, humps: readonly number[]): HumpWindow[] {
  const windows: HumpWindow[] = [];
  let i = 0;
  while (i < humps.length) {
    let j = i;
    while (j + 1 < humps.length && humps[j + 1]! - humps[j]! <= 2 * REACH) j++;
    let start = Math.max(0, humps[i]! - REACH);
    while (start > 0 && !isSpace(text.charAt(start - 1))) start--;
    let end = Math.min(text.length, humps[j]! + REACH);
    while (end < text.length && !isSpace(text.charAt(end))) end++;
    const own = humps.slice(i, j + 1);
    windows.push({ start, end, spansHump: (s, e) => own.some((h) => s < h && h < e) });
    i = j + 1;
  }
  return windows;
}
