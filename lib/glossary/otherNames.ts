// A glossary name that the article writes as part of something else's name, which the glossary
// lacks: "USIA" in "USIA Alumni Association", "Commerce" in "Joint Commission on Commerce and
// Trade", "Senate" in "Philippine Senate", "Foreign Service" in "Foreign Service Day". There it is
// no mention of its own body: it claims its words and marks nothing (a longer name that is an
// entry has won already). Pure.

import { beforeRank } from './ranks';

/**
 * The last word of a body's name: a known name followed by capitalized words ending in one of
 * these names another body ("State Department Federal Credit Union").
 */
const HEAD_NOUNS = new Set([
  'Academy',
  'Alliance',
  'Assembly',
  'Association',
  'Caucus',
  'Center',
  'Centre',
  'Chamber',
  'Club',
  'Coalition',
  'Commission',
  'Committee',
  'Corporation',
  'Council',
  'Federation',
  'Foundation',
  'Fund',
  'Guard',
  'Institute',
  'League',
  'Network',
  'Society',
  'Subcommittee',
  'Trust',
  'Union',
]);

/** A known name followed at once by one of these names an observance or event ("UN Day"). */
const OBSERVANCES = new Set(['Day', 'Night', 'Week']);

/**
 * A known name followed at once by "University" names a university ("Boise State University",
 * "Michigan State University Press"), which is no body of the glossary's kinds.
 */
const UNIVERSITY = 'University';

/**
 * The last word of a publication's name: a known name followed by capitalized words ending in one
 * of these names a magazine or newsletter ("State Magazine", "State Annuitant Newsletter"), not
 * the body it is named after.
 */
const PUBLICATION_NOUNS = new Set(['Magazine', 'Newsletter']);

/** How far a name that holds the match may reach on either side. */
const REACH = 160;
/** How many capitalized words may stand between the match and the head noun. */
const MAX_WORDS = 5;

/** Line-break hyphens closed ("Asso- ciation"), so the words around a match read whole. */
const unbroken = (s: string) =>
  /[-\u2010\u2011]\s/.test(s) ? s.replace(/(\p{L})[-\u2010\u2011]\s+(?=\p{L})/gu, '$1') : s;

const isSpaceCode = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
const isHyphenCode = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;

/** A capitalized word as it stands in a name, possessive and closing punctuation aside. */
const CAPITALIZED = /^\p{Lu}[\p{L}\p{N}.&'’-]*$/u;
const bare = (word: string) => word.replace(/(['’]s?)?[.,;:)’”"]*$/u, '');
/** Punctuation that ends a name even with no space after it ("Day,”Amb." ends at "Day"). */
const NAME_ENDS = /[,;:)”"]/u;

/** Whitespace and the word after it, read one after another. */
const NEXT_WORD = /\s+(\S+)/y;

/** The capitalized words that follow the match directly (whitespace between, nothing else). */
function wordsAfter(text: string, end: number): string[] {
  // Most matches are followed by punctuation or a lower-case word: nothing to read.
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === end || i === text.length || !/\p{Lu}/u.test(text.charAt(i))) return [];
  const ahead = unbroken(text.slice(end, end + REACH));
  const words: string[] = [];
  const next = NEXT_WORD;
  next.lastIndex = 0;
  for (let m = next.exec(ahead); m !== null && words.length < MAX_WORDS; m = next.exec(ahead)) {
    const written = m[1]!;
    const stop = written.search(NAME_ENDS);
    const word = bare(stop > 0 ? written.slice(0, stop) : written);
    if (!CAPITALIZED.test(word)) break;
    words.push(word);
    if (word !== written) break; // "Association’s", "Fund," or "Day,”Amb." ends the name
  }
  return words;
}

const isHead = (word: string) => HEAD_NOUNS.has(word) || HEAD_NOUNS.has(word.replace(/s$/, ''));

/** "Commission on …", "Subcommittee on State, …", "Chamber of …" right before the match. */
const HEAD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...HEAD_NOUNS].join('|')}|Board|Bureau|Office)\\s+(?:on|of|for)\\s+` +
    `(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}(?:\\.\\p{Lu})+\\.),?\\s+(?:(?:and|&)\\s+)?){0,4}$`,
  'u',
);

/**
 * A capitalized word just before a short form that is a word ("Navy", "Senate", not "FS" nor "the
 * Hill"), in mid-sentence, makes it another body's name: the "Soviet Navy", the "Philippine
 * Senate", the "Deep State". Not a possessive ("Clinton’s State"), nor an acronym ("AFSA State
 * VP"), nor the first word of a sentence ("In State, …"), nor a title-case head.
 */
function modifiedBefore(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(written) || /^The\s/u.test(written)) return false;
  // The word before, capitalized, and what stands before that word, which must not end a sentence.
  let i = start - 1;
  if (i < 0 || !isSpaceCode(text.charCodeAt(i))) return false;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  const wordEnd = i + 1;
  while (i >= 0 && !isSpaceCode(text.charCodeAt(i))) i--;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(i + 1, wordEnd))) return false;
  if (i < 0 || !isSpaceCode(text.charCodeAt(i))) return false;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0 || !/[\p{L}\p{N},]/u.test(text.charAt(i))) return false;
  // In a title-case head the words after are capitalized too ("New Editorial Board Members"); a
  // rank is capitalized in prose ("the Soviet Navy Admiral").
  return !/^\s+\p{Lu}/u.test(text.slice(end, end + 4)) || beforeRank(text, end);
}

/**
 * A name right before a short form of two words or more makes it another body's: an acronym or a
 * country's possessive (the "OAS General Assembly", "Russia's Security Council"; an acronym's
 * possessive is often the body's own: "AFSA's Governing Board"), a capitalized word in
 * mid-sentence (the "Virginia General Assembly", not "The Security Council" opening a sentence),
 * or one joined by "and" (the "Peace and Security Council").
 */
const OWNER_BEFORE =
  /(?:(?:^|[^\p{L}.])(?:\p{Lu}{2,}|\p{Lu}(?:\.\p{Lu})+\.?)|\p{Lu}\p{Ll}+['’]s)\s+$/u;
const WORD_BEFORE = /[\p{L}\p{N},]\s+(?:\p{Lu}\p{L}*|\p{Lu}\p{L}*\s+(?:and|&))\s+$/u;

function namedBefore(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  // Two words written in title case: not an all-caps head ("NEWS FROM THE HILL") nor one word
  // letter-spaced ("S TATE").
  if (!/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(written) || /^The\s/u.test(written)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return OWNER_BEFORE.test(before) || WORD_BEFORE.test(before);
}

/**
 * A word and a hyphen right before a short form make a compound ("In-State tuition", "Non-State
 * actors"), unless the word is an acronym ("USAID-State talks").
 */
const COMPOUND_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[-\u2010\u2011]$/u;

function compoundBefore(text: string, start: number): boolean {
  const m = COMPOUND_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return m !== null && m[1] !== m[1]!.toUpperCase();
}

/** "of" or "for" and a capitalized word: "the Department of Agriculture", "State of Israel". */
const OF_NAME = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether text[start, end) (a kept match) stands inside the name of something else. `shortForm`:
 * it is a short form ("Commerce", "State"), which also belongs to a name it ends ("Joint
 * Commission on Commerce"), a name it starts ("the Department of Agriculture"), a compound it
 * ends ("In-State") or a capitalized word before it modifies ("Soviet Navy").
 */
export function inAnotherName(
  text: string,
  start: number,
  end: number,
  shortForm: boolean,
): boolean {
  const words = wordsAfter(text, end);
  if (words.length > 0) {
    const last = words[words.length - 1]!;
    if (OBSERVANCES.has(words[0]!) || words[0] === UNIVERSITY) return true;
    if (isHead(last) || PUBLICATION_NOUNS.has(last)) return true;
  }
  if (!shortForm) return false;
  if (isSpaceCode(text.charCodeAt(end)) && OF_NAME.test(text.slice(end, end + 40))) return true;
  if (isHyphenCode(text.charCodeAt(start - 1)) && compoundBefore(text, start)) return true;
  if (namedBefore(text, start, end)) return true;
  const behind = text.slice(Math.max(0, start - REACH), start);
  // "Commission on …" needs an "on", "of" or "for" before the match.
  if (/\s(?:on|of|for)\s/.test(behind) && HEAD_BEFORE.test(unbroken(behind))) return true;
  return modifiedBefore(text, start, end);
}
