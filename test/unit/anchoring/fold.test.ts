// Folding for re-anchoring: the differences between renderings of the same words (whitespace, hyphen breaks, lost ligatures) vanish, and every folded character maps back to the raw text.
import { describe, expect, it } from 'vitest';
import { fold, foldedAfter, foldedBefore, foldRange } from '../../../lib/anchoring/fold';

describe('fold', () => {
  it('drops whitespace of every kind, so spaces, line breaks and lost spaces agree', () => {
    expect(fold('flying using MINURSO\naircraft')).toBe(fold('flying usingMINURSO aircraft'));
    expect(fold('a\u00a0b\u2009c')).toBe('abc');
  });

  it('drops hyphens and soft hyphens, so a hyphenated line break joins its word', () => {
    expect(fold('fur-\nther')).toBe(fold('further'));
    expect(fold('Organiza-\ntion')).toBe(fold('Organization'));
    expect(fold('co\u00adoperation')).toBe(fold('cooperation'));
  });

  it('collapses the letters that lost ligatures leave behind, on both sides', () => {
    expect(fold('Office')).toBe(fold('Ofce'));
    expect(fold('Office')).toBe(fold('Ofice'));
    expect(fold('efforts')).toBe(fold('eforts'));
    expect(fold('offered')).toBe(fold('ofered'));
    expect(fold('The')).toBe(fold('Te'));
    expect(fold('\ufb01eld')).toBe(fold('field'));
  });

  it('never collapses letters across a space or a hyphen ("sent home", "of lending")', () => {
    expect(fold('sent home')).toBe('senthome');
    expect(fold('of lending')).toBe('oflending');
  });

  it('lower-cases ASCII letters and straightens curly quotes', () => {
    expect(fold('NATO’s “maps”')).toBe(fold('nato\'s "maps"'));
  });

  it('keeps words apart that differ in more than the forgiven ways', () => {
    expect(fold('the camps')).not.toBe(fold('the clamps'));
  });
});

describe('foldRange', () => {
  it('maps every folded character to the raw characters it came from', () => {
    const raw = 'The Ofce of\nthe U.N.';
    const folded = foldRange(raw);
    expect(folded.text).toBe('teofceofteu.n.');
    const t = folded.text.indexOf('ofce');
    expect(raw.slice(folded.start[t]!, folded.end[t + 3]!)).toBe('Ofce');
    // "th" folds to one character that stands for both raw letters.
    const th = folded.text.lastIndexOf('te');
    expect(raw.slice(folded.start[th]!, folded.end[th]!)).toBe('th');
  });

  it('folds a window of the text without folding the rest', () => {
    const raw = 'one two three four';
    const folded = foldRange(raw, 4, 13);
    expect(folded.text).toBe('twotree'); // "th" folds to "t"
    expect(folded.start[0]).toBe(4);
    expect(folded.end[folded.text.length - 1]).toBe(13);
  });
});

describe('foldedBefore and foldedAfter', () => {
  it('read the folded context on either side of a raw offset', () => {
    const raw = 'alpha beta\ngamma delta';
    const at = raw.indexOf('gamma');
    expect(foldedBefore(raw, at, 6)).toBe('habeta');
    expect(foldedAfter(raw, at, 7)).toBe('gammade');
    expect(foldedBefore(raw, 0, 5)).toBe('');
    expect(foldedAfter(raw, raw.length, 5)).toBe('');
  });
});
