// nameVariants: the spellings generated from one glossary name (U.N./UN/United Nations, U.S.,
// British/American, leading "The", Oxford comma), never a bare abbreviation.
import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../../lib/glossary/variants';

describe('nameVariants', () => {
  it('lists the name itself first', () => {
    expect(nameVariants('Global Migration Group')[0]).toBe('Global Migration Group');
    expect(nameVariants('Global Migration Group')).toEqual(['Global Migration Group']);
  });

  it('spells "United Nations" also as "U.N." and "UN" inside a longer name', () => {
    const forms = nameVariants('United Nations Population Fund');
    expect(forms).toEqual(
      expect.arrayContaining([
        'United Nations Population Fund',
        'U.N. Population Fund',
        'UN Population Fund',
      ]),
    );
  });

  it('expands "U.N." and "UN" back to the full words', () => {
    expect(nameVariants('UN Women')).toEqual(
      expect.arrayContaining(['UN Women', 'U.N. Women', 'United Nations Women']),
    );
    expect(nameVariants('U.N. Refugee Agency')).toEqual(
      expect.arrayContaining(['United Nations Refugee Agency', 'UN Refugee Agency']),
    );
  });

  it('writes a hyphen between words also as a space', () => {
    expect(nameVariants('Comprehensive Nuclear-Test-Ban Treaty Organization')).toContain(
      'Comprehensive Nuclear Test Ban Treaty Organization',
    );
    // Only between letters: "U.S.-China" keeps its hyphen.
    expect(nameVariants('U.S.-China Commission')).not.toContain('U.S. China Commission');
    // A phrase that names no body keeps it, and claims no more than it says.
    expect(nameVariants('nation-state', false)).toEqual(['nation-state']);
  });

  it('spells "U.S." also as "United States" and "US"', () => {
    expect(nameVariants('U.S. Agency for International Development')).toEqual(
      expect.arrayContaining([
        'United States Agency for International Development',
        'US Agency for International Development',
      ]),
    );
  });

  it('never produces a bare "UN", "U.N.", "US" or "U.S." form', () => {
    for (const name of ['United Nations', 'United States', 'U.N.', 'UN', 'U.S.']) {
      const forms = nameVariants(name);
      for (const bare of ['UN', 'U.N.', 'US', 'U.S.']) expect(forms).not.toContain(bare);
    }
  });

  it('swaps British and American spellings, in every combination', () => {
    const forms = nameVariants('International Labour Organization');
    expect(forms).toEqual(
      expect.arrayContaining([
        'International Labor Organization',
        'International Labour Organisation',
        'International Labor Organisation',
      ]),
    );
    expect(nameVariants('World Food Programme')).toContain('World Food Program');
    expect(nameVariants('Organisation for Economic Co-operation and Development')).toContain(
      'Organization for Economic Co-operation and Development',
    );
  });

  it('combines the U.N. forms with the spelling swaps', () => {
    expect(nameVariants('United Nations Development Programme')).toEqual(
      expect.arrayContaining(['U.N. Development Program', 'UN Development Programme']),
    );
  });

  it('swaps only whole words', () => {
    const forms = nameVariants('Centrepoint Organizational Review');
    expect(forms).toEqual(['Centrepoint Organizational Review']);
    expect(nameVariants('Campus Defence Unit')).not.toContain('CampUS Defence Unit');
  });

  it('offers the name without a leading "The"', () => {
    expect(nameVariants('The American Academy of Diplomacy')).toEqual([
      'The American Academy of Diplomacy',
      'American Academy of Diplomacy',
    ]);
  });

  it('abbreviates the Foreign Service inside a longer name, never alone', () => {
    expect(nameVariants('Foreign Service Grievance Board')).toEqual([
      'Foreign Service Grievance Board',
      'FS Grievance Board',
    ]);
    expect(nameVariants('U.S. Foreign Service')).toContain('U.S. FS');
    expect(nameVariants('Foreign Service')).toEqual(['Foreign Service']);
  });

  it('offers the name without the Oxford comma', () => {
    expect(nameVariants('Bureau of Population, Refugees, and Migration')).toContain(
      'Bureau of Population, Refugees and Migration',
    );
  });

  it('lists each form once and caps the number of forms', () => {
    const long =
      'The United Nations Labour Defence Centre Programme Organization of the United States, and Others';
    const forms = nameVariants(long);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.length).toBeLessThanOrEqual(33);
  });
});
