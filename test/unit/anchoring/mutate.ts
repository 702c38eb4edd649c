// Random edits of an article's text for the mutation suite, with every character's origin tracked:
// `origin[i]` is the index in the original text that the edited text's character i came from, or
// -1 for inserted text. The truth about where a highlight went is read from the origins, never
// from the anchorer.

import type { Random } from './random';

/** Words that edits insert; plain English of the kind FSJ articles are written in. */
const WORDS = [
  'the',
  'new',
  'staff',
  'report',
  'officers',
  'quietly',
  'mission',
  'several',
  'border',
  'families',
  'records',
  'program',
  'officials',
  'later',
  'local',
  'season',
  'figures',
  'agreement',
  'returned',
  'clearly',
  'camps',
  'Washington',
];

export function randomWords(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(WORDS)).join(' ');
}

export interface Word {
  start: number;
  end: number;
}

/** The maximal runs of non-whitespace in `text`. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: m.index, end: m.index + m[0].length });
  return words;
}

/** A text being edited, remembering where each of its characters came from. */
export class EditableText {
  text: string;
  origin: number[];

  constructor(text: string) {
    this.text = text;
    this.origin = Array.from({ length: text.length }, (_, i) => i);
  }

  /** Replaces [start, end) with `insert` (whose characters have no origin). */
  replace(start: number, end: number, insert: string): void {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.origin.splice(start, end - start, ...new Array<number>(insert.length).fill(-1));
  }

  /** Moves [start, end) to `to` (a position outside it, in the current text), origins and all. */
  move(start: number, end: number, to: number): void {
    const piece = this.text.slice(start, end);
    const origins = this.origin.slice(start, end);
    this.text = this.text.slice(0, start) + this.text.slice(end);
    this.origin.splice(start, end - start);
    const at = to > start ? to - (end - start) : to;
    this.text = this.text.slice(0, at) + piece + this.text.slice(at);
    this.origin.splice(at, 0, ...origins);
  }

  /** Where the character that was at original index `index` is now, or -1. */
  whereIs(index: number): number {
    return this.origin.indexOf(index);
  }
}

/** Letters a lost ligature drops after an 'f' ("Office" → "Ofce") or a 'T' ("The" → "Te"). */
const LIGATURE = /ffi|ffl|ff|fi|fl|Th/g;

/** A place where a ligature's letters were dropped: after the character at `after`. */
export interface LostLigature {
  after: number;
  letters: string;
}

/** Ligature sites inside [from, to) of `text`: the index of the 'f'/'T' and the letters after. */
export function ligatureSites(text: string, from: number, to: number): LostLigature[] {
  const sites: LostLigature[] = [];
  LIGATURE.lastIndex = from;
  for (let m = LIGATURE.exec(text); m !== null && m.index < to; m = LIGATURE.exec(text)) {
    sites.push({ after: m.index, letters: m[0].slice(1) });
  }
  return sites;
}

/**
 * The original with about a third of its ligatures lost, and where. Why: FSJ pages come with
 * "Ofce" and "Te"; the suite's originals should too, so that edits can repair them.
 */
export function loseLigatures(
  random: Random,
  text: string,
): { text: string; lost: LostLigature[] } {
  let out = '';
  let last = 0;
  const lost: LostLigature[] = [];
  for (const site of ligatureSites(text, 0, text.length)) {
    if (!random.chance(0.35)) continue;
    out += text.slice(last, site.after + 1);
    lost.push({ after: out.length - 1, letters: site.letters });
    last = site.after + 1 + site.letters.length;
  }
  return { text: out + text.slice(last), lost };
}

/** Block starts: after a line break that follows the end of a sentence (or, failing that, ". "). */
export function blockStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(/[.?!”"]\n/g)) starts.push(m.index + 2);
  if (starts.length >= 3) return starts;
  for (const m of text.matchAll(/[.?!] /g)) starts.push(m.index + 2);
  return starts.sort((a, b) => a - b);
}
