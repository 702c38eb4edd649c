// The spelling rules a hit must pass besides its boundaries: a proper name keeps its capital, and
// an acronym or short form is spelled as the glossary spells it, over line breaks and, for short
// forms, in capitals among capitals.
import { describe, expect, it } from 'vitest';
import { spelledAs, startsWithCapital } from '../../../lib/glossary/boundaries';

describe('startsWithCapital', () => {
  it('looks at the first letter of the span, whatever comes before it', () => {
    expect(startsWithCapital('Diplomatic Security', 0, 19)).toBe(true);
    expect(startsWithCapital('diplomatic security', 0, 19)).toBe(false);
    expect(startsWithCapital('2013 United Nations', 0, 19)).toBe(true);
    expect(startsWithCapital('DIPLOMATIC SECURITY', 0, 19)).toBe(true);
  });
});

describe('spelledAs', () => {
  it('compares case-sensitively', () => {
    expect(spelledAs('State', 0, 5, 'State')).toBe(true);
    expect(spelledAs('state', 0, 5, 'State')).toBe(false);
  });

  it('reads over a line break and a hyphen broken over one', () => {
    expect(spelledAs('the\nDepartment', 0, 14, 'the Department')).toBe(true);
    expect(spelledAs('Com- merce', 0, 10, 'Commerce')).toBe(true);
    expect(spelledAs('Com-merce', 0, 9, 'Commerce')).toBe(false);
  });

  it('takes a short form in capitals only among words in capitals', () => {
    const head = 'HEARD ON THE HILL TODAY';
    expect(spelledAs(head, 9, 17, 'The Hill', true)).toBe(true);
    expect(spelledAs(head, 9, 17, 'The Hill')).toBe(false);
    const prose = 'they met on THE HILL today';
    expect(spelledAs(prose, 12, 20, 'The Hill', true)).toBe(false);
  });
});
