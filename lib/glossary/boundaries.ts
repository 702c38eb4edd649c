// Whether a hit of the automaton is a place where the article really writes a name: it stands as a
// word of its own (or where a lost space ran it into the next word), an acronym or short form is
// spelled as the glossary spells it, and a proper name has its capital. Pure.

import { isLetter } from './normalize';

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isWordChar = (ch: string) => ch !== '' && (isLetter(ch) || isDigit(ch));

/**
 * A name must stand as a word of its own. A change of case also counts as a boundary, because PDF
 * extraction loses spaces where the style changed ("usingMINURSO", "IOMbelieve", and a capital
 * starting a word after capitals: "USAIDAdministrator", "AFSAGoverning"), as does a capitalized
 * word after a digit ("FY-08State Department") or before the name's last lower-case letter
 * ("ProgramDivision"); capitals running on ("BIOMETRIC"), a plural acronym ("FSNs" is not "FS"), an
 * acronym after a digit ("1IOM") or lower case on both sides ("biomass") do not.
 */
export function hasBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charAt(start - 1) : '';
  const first = text.charAt(start);
  const second = text.charAt(start + 1);
  const last = text.charAt(end - 1);
  const after = end < text.length ? text.charAt(end) : '';
  const afterNext = text.charAt(end + 1);
  // A capital after the name starts a run-on word only if lower case follows it for two letters:
  // "USAIDAdministrator" splits, the plural acronym "FSNs" does not ("FS" + "Ns").
  const wordAfter = isLower(afterNext) && isLower(text.charAt(end + 2));
  const startOk =
    !isWordChar(before) ||
    (isUpper(first) &&
      (isLower(before) ||
        (isUpper(before) && isLower(second)) ||
        (isDigit(before) && isLower(second))));
  const endOk =
    !isWordChar(after) ||
    (isUpper(last) && (isLower(after) || (isUpper(after) && wordAfter))) ||
    (isLower(last) && isUpper(after) && isLower(afterNext));
  return startOk && endOk;
}

/**
 * Whether the first letter of text[start, end) is not lower case. A proper name needs its capital:
 * "consular and diplomatic security" is a phrase, "Diplomatic Security" a name; all-caps heads and
 * small caps keep theirs.
 */
export function startsWithCapital(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return false;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (isLetter(ch)) return !isLower(ch);
  }
  return true;
}

/** Whether `s` holds whitespace or a hyphen: something `unbroken` may change. */
function hasBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code <= 32 || code === 45 || code === 0xa0 || code === 0x2010 || code === 0x2011)
      return true;
  }
  return false;
}

/** Line-break hyphens ("Com- merce") closed and whitespace runs made one space. */
function unbroken(written: string): string {
  return written.replace(/(\p{L})[-\u2010\u2011]\s+(?=\p{L})/gu, '$1').replace(/\s+/g, ' ');
}

/** The word of letters nearest before `at` (skipping what is not a letter), or ''. */
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && !isLetter(text.charAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isLetter(text.charAt(i))) i--;
  return text.slice(i + 1, end);
}

/** The word of letters nearest after `at` (skipping what is not a letter), or ''. */
function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && !isLetter(text.charAt(i))) i++;
  const start = i;
  while (i < text.length && isLetter(text.charAt(i))) i++;
  return text.slice(start, i);
}

const inCapitals = (word: string) => word === word.toUpperCase();

/**
 * Whether text[start, end) spells `exact` (an acronym or short form, matched case-sensitively),
 * over a line break or a hyphen broken over one ("Govern- ing Board"). A short form (`capsToo`)
 * also counts in capitals where the words on either side are in capitals too: an all-caps head
 * ("HEARD ON THE HILL") or letter-spaced small caps read with their spaces closed ("AT STATE").
 */
export function spelledAs(
  text: string,
  start: number,
  end: number,
  exact: string,
  capsToo = false,
): boolean {
  const written = text.slice(start, end);
  if (written === exact) return true;
  // Most hits that fail are the same letters in another case ("un" in "fund"): no break to close.
  const plain = hasBreak(written) ? unbroken(written) : written;
  if (plain === exact) return true;
  return (
    capsToo &&
    plain === exact.toUpperCase() &&
    inCapitals(wordBefore(text, start)) &&
    inCapitals(wordAfter(text, end))
  );
}
