// Letter-spaced small caps: which stretches are read again with their spaces closed, and which
// words of the text as it stands are only the rest of a split word.
import { describe, expect, it } from 'vitest';
import { continuesSpacedWord, spacedCapsWindows } from '../../../lib/glossary/spacedCaps';

describe('spacedCapsWindows', () => {
  it('closes the space after each lone capital of a split word', () => {
    const [window] = spacedCapsWindows('the D EPARTMENT OF H OMELAND S ECURITY said');
    expect(window!.text).toContain('DEPARTMENT OF HOMELAND SECURITY');
  });

  it('closes every space of a run spaced letter by letter, but not before a split word', () => {
    const [window] = spacedCapsWindows('the A F S A S CHOLARSHIPS page');
    expect(window!.text).toContain('AFSA SCHOLARSHIPS');
  });

  it('finds nothing to close in ordinary text', () => {
    expect(spacedCapsWindows('The Department of Homeland Security said')).toEqual([]);
  });
});

describe('continuesSpacedWord', () => {
  const at = (text: string, word: string) => continuesSpacedWord(text, text.indexOf(word));

  it('says the rest of a split word is no word of its own', () => {
    expect(at('Editor S USAN B. M AITRA', 'USAN')).toBe(true);
    expect(at('Editor S USAN B. M AITRA', 'AITRA')).toBe(true);
  });

  it('lets a word after "A" or "I" stand alone', () => {
    expect(at('A NATO SUMMIT', 'NATO')).toBe(false);
  });

  it('lets a word after a run spaced letter by letter stand alone', () => {
    expect(at('F O C U S O N NATO AT 60', 'NATO')).toBe(false);
  });

  it('says nothing of a word after an ordinary word', () => {
    expect(at('JOINT NATO EXERCISE', 'NATO')).toBe(false);
  });
});
