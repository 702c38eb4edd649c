// foldText/foldName: the folding that makes dirty FSJ text and glossary names comparable, and the
// start/end maps that lead every folded character back to the original text.
import { describe, expect, it } from 'vitest';
import {
  foldCodes,
  foldName,
  foldText,
  isLetter,
  isWhitespaceCode,
} from '../../../lib/glossary/normalize';

/** The original text behind folded characters [from, to). */
function origin(input: string, from: number, to: number): string {
  const f = foldText(input);
  return input.slice(f.start[from]!, f.end[to - 1]!);
}

describe('foldText', () => {
  it('lower-cases letters', () => {
    expect(foldText('UNHCR Camp Desk').text).toBe('unhcr camp desk');
  });

  it('strips accents but keeps the string one character per letter', () => {
    const f = foldText('Ségou, Migración, développement');
    expect(f.text).toBe('segou, migracion, developpement');
    expect(f.start).toHaveLength(f.text.length);
    expect(f.end).toHaveLength(f.text.length);
  });

  it('turns curly apostrophes and the modifier apostrophe into a straight one', () => {
    expect(foldText('NATO’s ‘plan’ Hawaiʼi').text).toBe("nato's 'plan' hawai'i");
  });

  it('collapses any run of whitespace, line breaks and no-break spaces into one space', () => {
    const input = 'Global  Forum\n\t on\u00a0\u2009Migration';
    const f = foldText(input);
    expect(f.text).toBe('global forum on migration');
    // The one space stands for the whole run it replaced.
    const space = f.text.indexOf(' ', 'global forum'.length);
    expect(input.slice(f.start[space]!, f.end[space]!)).toBe('\n\t ');
  });

  it('drops leading whitespace and keeps no trailing run longer than one space', () => {
    expect(foldText('  \n IOM').text).toBe('iom');
    expect(foldText('IOM \n ').text).toBe('iom ');
  });

  it('joins a word hyphenated over a line break', () => {
    expect(foldText('Organiza-\ntion').text).toBe('organization');
    expect(foldText('State De-\r\n  partment').text).toBe('state department');
  });

  it('joins words around a hyphen between letters, so "Co-operation" meets "Cooperation"', () => {
    expect(foldText('Co-operation').text).toBe(foldText('Cooperation').text);
    expect(foldText('High-Level').text).toBe(foldText('High\u2010level').text);
  });

  it('keeps a hyphen that is not between two letters', () => {
    expect(foldText('post-2015').text).toBe('post-2015');
    expect(foldText('G-20').text).toBe('g-20');
    expect(foldText('Niger - Mali').text).toBe('niger - mali');
    expect(foldText('U.N.-led').text).toBe('u.n.-led');
  });

  it('ignores soft hyphens and zero-width characters', () => {
    expect(foldText('Inter\u00adnational Organi\u200bzation').text).toBe(
      'international organization',
    );
  });

  it('folds lost ligatures so that "Ofce", "Ofice" and "Office" read the same', () => {
    const office = foldText('Office').text;
    expect(foldText('Ofce').text).toBe(office);
    expect(foldText('Ofice').text).toBe(office);
    expect(foldText('eforts').text).toBe(foldText('efforts').text);
    expect(foldText('Afairs').text).toBe(foldText('Affairs').text);
    expect(foldText('Ofcial').text).toBe(foldText('Official').text);
    expect(foldText('reflect').text).toBe(foldText('refect').text);
  });

  it('folds "Th" to "T" so that "Te" reads as "The"', () => {
    expect(foldText('Te').text).toBe(foldText('The').text);
    expect(foldText('Te displacement').text).toBe(foldText('THE displacement').text);
  });

  it('maps a folded ligature back to every original letter it stands for', () => {
    const input = 'Office';
    const f = foldText(input);
    expect(f.text).toBe('ofce');
    expect(input.slice(f.start[1]!, f.end[1]!)).toBe('ffi');
    expect(Array.from(f.start)).toEqual([0, 1, 4, 5]);
    expect(Array.from(f.end)).toEqual([1, 4, 5, 6]);
  });

  it('maps a joined hyphenated word back to the original, hyphen and break included', () => {
    const input = 'the Organiza-\ntion for';
    const f = foldText(input);
    const from = f.text.indexOf('organization');
    expect(origin(input, from, from + 'organization'.length)).toBe('Organiza-\ntion');
  });

  it('maps every folded character of a dirty sentence to the character it came from', () => {
    const input = 'Te  Ofce of the U.N.\nHigh-Level Dialogue';
    const f = foldText(input);
    for (let i = 0; i < f.text.length; i++) {
      const source = input.slice(f.start[i]!, f.end[i]!);
      // Every span starts with the character that was folded into it.
      expect(foldText(source).text.charAt(0) || ' ').toBe(f.text.charAt(i));
      if (i > 0) expect(f.start[i]!).toBeGreaterThanOrEqual(f.end[i - 1]!);
    }
    const at = f.text.indexOf('u.n.');
    expect(origin(input, at, at + 4)).toBe('U.N.');
  });

  it('opens camel humps when asked, where extraction lost the space between two words', () => {
    expect(foldText('GermanMarshall Fund', true).text).toBe('german marshall fund');
    expect(foldText('GermanMarshall Fund').text).toBe('germanmarshall fund');
    // Capitals after capitals are no hump: "USAIDAdministrator", "FSNs", "DoD".
    expect(foldText('USAIDAdministrator FSNs DoD', true).text).toBe('usaidadministrator fsns dod');
  });

  it('maps an opened hump’s space to no character, at the capital after it', () => {
    const input = 'anyWord';
    const f = foldText(input, true);
    expect(f.text).toBe('any word');
    expect([f.start[3], f.end[3]]).toEqual([3, 3]);
    expect(input.slice(f.start[4]!, f.end[7]!)).toBe('Word');
  });

  it('lists where the humps are when asked, opened or not', () => {
    const humps: number[] = [];
    expect(foldText('a GermanMarshall Fund').text).toBe('a germanmarshall fund');
    foldCodes('the GermanMarshall Fund', false, humps);
    expect(humps).toEqual(['the German'.length]);
  });

  it('grows its maps for text full of humps', () => {
    const input = 'aBcDeFgHiJ'.repeat(50);
    const f = foldText(input, true);
    // A space before every capital but the last, which no lower-case letter follows.
    expect(f.text).toHaveLength(500 + 249);
    expect(f.text.endsWith('hij')).toBe(true);
    expect(f.start).toHaveLength(f.text.length);
  });

  it('returns empty maps for empty text', () => {
    const f = foldText('');
    expect(f.text).toBe('');
    expect(f.start).toHaveLength(0);
    expect(f.end).toHaveLength(0);
  });
});

describe('foldName', () => {
  it('folds a name the same way as article text and trims it', () => {
    expect(foldName(' International Organization for Migration ')).toBe(
      'international organization for migration',
    );
  });

  it('makes spellings of one name that differ only in case, accents or breaks equal', () => {
    expect(foldName('Forum mondial sur la migration et le développement')).toBe(
      foldName('FORUM MONDIAL SUR LA MIGRATION ET LE DEVELOPPEMENT'),
    );
    expect(foldName('Office of the\nUnited Nations')).toBe(foldName('Ofce of the United Nations'));
  });
});

describe('character classes', () => {
  it('tells letters of any script from digits and punctuation', () => {
    for (const ch of ['a', 'Z', 'é', 'ж', 'ß']) expect(isLetter(ch)).toBe(true);
    for (const ch of ['1', '-', '.', ' ', '’']) expect(isLetter(ch)).toBe(false);
  });

  it('counts spaces, tabs, line breaks and no-break spaces as whitespace', () => {
    for (const ch of [' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f', '\u3000']) {
      expect(isWhitespaceCode(ch.charCodeAt(0))).toBe(true);
    }
    expect(isWhitespaceCode('x'.charCodeAt(0))).toBe(false);
  });
});
