// Letter-spaced small caps: PDF extraction of FSJ headings and bylines often splits a word after
// its first, larger capital ("S TATE", "A FSA", "D EPARTMENT OF H OMELAND S ECURITY"). This finds
// the stretches of text where that happens and gives the matcher a copy of each with those spaces
// closed, mapped back to the original. Pure.

/** One stretch of text around split capitals, with the split spaces closed. */
export interface SpacedCapsWindow {
  /** The stretch's text with the space after each lone capital removed. */
  text: string;
  /** The index in the original text of the window's character `i`. */
  toText(i: number): number;
  /** Whether the window's [start, end) crosses a closed space (else the plain scan saw it). */
  closesWithin(start: number, end: number): boolean;
}

/** A lone capital (not after a letter or digit), one space, then at least two more capitals. */
const SPLIT = /(?<![\p{L}\p{N}])\p{Lu} (?=\p{Lu}{2})/gu;
/**
 * A run spaced letter by letter ("A F S A", "D I P L O M A T I C S E C U R I T Y"): at least three
 * lone capitals, one space apart, the last not the first capital of a split word ("A F S A
 * S CHOLARSHIPS"). Every space in it is closed, word gaps too, since they look the same: only a
 * run that is one name whole ("AFSA", "DIPLOMATICSECURITY") then reads as a name.
 */
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}(?![\p{L}\p{N}])(?! \p{Lu}{2})){2,}/gu;
/** How far either side of a split a name may reach. */
const REACH = 80;

const isSpace = (ch: string) => /\s/.test(ch);

/** The windows of `text` that hold split capitals; none for most texts. */
export function spacedCapsWindows(text: string): SpacedCapsWindow[] {
  const spaces: number[] = []; // index of each space to close
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(text); m !== null; m = SPLIT.exec(text)) spaces.push(m.index + 1);
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m !== null; m = LETTER_RUN.exec(text)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) spaces.push(k);
  }
  if (spaces.length === 0) return [];
  spaces.sort((a, b) => a - b);
  const windows: SpacedCapsWindow[] = [];
  let i = 0;
  while (i < spaces.length) {
    let start = Math.max(0, spaces[i]! - REACH);
    while (start > 0 && !isSpace(text.charAt(start - 1))) start--;
    let j = i;
    while (j + 1 < spaces.length && spaces[j + 1]! - spaces[j]! <= 2 * REACH) j++;
    let end = Math.min(text.length, spaces[j]! + REACH);
    while (end < text.length && !isSpace(text.charAt(end))) end++;
    windows.push(closeSpaces(text, start, end, new Set(spaces.slice(i, j + 1))));
    i = j + 1;
  }
  return windows;
}

function closeSpaces(
  text: string,
  start: number,
  end: number,
  closed: ReadonlySet<number>,
): SpacedCapsWindow {
  const map: number[] = [];
  const joins: number[] = []; // window index of the character that follows a closed space
  let out = '';
  for (let k = start; k < end; k++) {
    if (closed.has(k)) {
      joins.push(map.length);
      continue;
    }
    map.push(k);
    out += text.charAt(k);
  }
  return {
    text: out,
    toText: (w) => map[w]!,
    closesWithin: (s, e) => joins.some((j) => s < j && j < e),
  };
}

/** SPLIT, tried at one place only. */
const SPLIT_HERE = new RegExp(SPLIT.source, 'uy');

/**
 * Whether a word starting at `i` is the rest of a letter-spaced word, not a word of its own: "USAN"
 * in "S USAN" (Susan, in small caps) is no acronym. "A" and "I" can be words of their own, so a
 * word after them may stand alone ("A NATO SUMMIT"); the closed reading still competes there. So
 * may a word after a run spaced letter by letter ("F O C U S O N NATO").
 */
export function continuesSpacedWord(text: string, i: number): boolean {
  if (i < 2 || text.charCodeAt(i - 1) !== 32) return false;
  const capital = text.charAt(i - 2);
  if (capital === 'A' || capital === 'I') return false;
  // In a run spaced letter by letter ("F O C U S O N NATO") the capital ends a word.
  if (i >= 4 && text.charAt(i - 3) === ' ' && /\p{Lu}/u.test(text.charAt(i - 4))) {
    if (i === 4 || !/[\p{L}\p{N}]/u.test(text.charAt(i - 5))) return false;
  }
  SPLIT_HERE.lastIndex = i - 2;
  return SPLIT_HERE.test(text);
}
