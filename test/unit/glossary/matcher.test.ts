// matchGlossary with the real embedded glossary on dirty, FSJ-like text written for these tests:
// broken lines, lost ligatures and spaces, variants, possessives, spellings, longest name first,
// and the ordinary words that must never match; plus the boundary rule on its own.
import { describe, expect, it } from 'vitest';
import { getCompiledGlossary } from '../../../lib/glossary/index';
import { compileGlossary, hasBoundaries, matchGlossary } from '../../../lib/glossary/matcher';

/** Each match as "id:original text", in text order. */
function found(text: string): string[] {
  return matchGlossary(getCompiledGlossary(), text).map(
    (o) => `${o.entryId}:${text.slice(o.start, o.end)}`,
  );
}
const ids = (text: string) => matchGlossary(getCompiledGlossary(), text).map((o) => o.entryId);

describe('matchGlossary on dirty article text', () => {
  it('finds a full name broken over a line', () => {
    expect(
      found('Delegates to the Global Forum on Migration and\nDevelopment met in Quito.'),
    ).toEqual(['gfmd:Global Forum on Migration and\nDevelopment']);
    expect(found('staff of the International\r\nOrganization for Migration')).toEqual([
      'iom:International\r\nOrganization for Migration',
    ]);
  });

  it('finds a name hyphenated over a line break, keeping the hyphen in the span', () => {
    expect(
      found('monitors from the Organiza-\ntion for Security and Co-operation in Europe'),
    ).toEqual(['osce:Organiza-\ntion for Security and Co-operation in Europe']);
    expect(found('a cable from the State De-\npartment')).toEqual([
      'state-department:State De-\npartment',
    ]);
  });

  it('reads a name whose ligatures were lost as one occurrence', () => {
    expect(found('The Ofce of the U.N. High Commissioner for Refugees opened a desk.')).toEqual([
      'unhcr:Ofce of the U.N. High Commissioner for Refugees',
    ]);
    expect(found('Te Foreign Service Journal')).toEqual(['fsj:Te Foreign Service Journal']);
  });

  it('finds acronyms run into the next or previous word where a style changed', () => {
    expect(found('pilots flew usingMINURSO helicopters')).toEqual(['minurso:MINURSO']);
    expect(found('friends at IOMbelieve it can work')).toEqual(['iom:IOM']);
  });

  it('finds "U.N.", "UN" and "United Nations" alike', () => {
    expect(ids('the U.N. said; the UN agreed; the United Nations voted')).toEqual([
      'un',
      'un',
      'un',
    ]);
    expect(found('the UN-backed talks')).toEqual(['un:UN']);
  });

  it('finds generated U.N. forms of long names', () => {
    expect(ids('the U.N. Development Program and the UN Population Fund')).toEqual([
      'undp',
      'unfpa',
    ]);
  });

  it('leaves possessive endings outside the occurrence', () => {
    expect(found("NATO’s ships and AFSA’s members and USAID's budget")).toEqual([
      'nato:NATO',
      'afsa:AFSA',
      'usaid:USAID',
    ]);
  });

  it('accepts British and American spellings', () => {
    expect(ids('the World Food Programme and the World Food Program')).toEqual(['wfp', 'wfp']);
    expect(found('the International Organisation for Migration')).toEqual([
      'iom:International Organisation for Migration',
    ]);
    expect(ids('the Organization for Security and Cooperation in Europe')).toEqual(['osce']);
  });

  it('matches full names whatever their case, as in all-caps running heads', () => {
    expect(found('INTERNATIONAL ORGANIZATION FOR MIGRATION')).toEqual([
      'iom:INTERNATIONAL ORGANIZATION FOR MIGRATION',
    ]);
    expect(ids('the african union summit')).toEqual(['au']);
  });

  it('lets the longest name win over the names inside it', () => {
    expect(found('at the United Nations High-Level Dialogue on Migration and Development')).toEqual(
      ['hld-2013:United Nations High-Level Dialogue on Migration and Development'],
    );
    expect(ids('the Foreign Service Institute trains the Foreign Service')).toEqual([
      'fsi',
      'foreign-service',
    ]);
  });

  it('lets a longer name win even when it starts later than a shorter overlapping one', () => {
    expect(
      found('the 2013 United Nations High-Level\nDialogue on Migration and Development'),
    ).toEqual(['hld-2013:2013 United Nations High-Level\nDialogue on Migration and Development']);
  });

  it('matches acronyms case-sensitively and prefers the longer acronym', () => {
    expect(found('RCPs and an RCP')).toEqual(['rcp:RCPs', 'rcp:RCP']);
    expect(ids('usaid Usaid iom Iom nato')).toEqual([]);
  });

  it('does not match ordinary words that contain or resemble an acronym', () => {
    const traps = [
      'BIOMETRIC REGISTRATION',
      'generators that burn biomass',
      'who had counted them',
      'Who keeps them?',
      'worked as an au pair',
      'water in the oases',
      'a faintly un-American idea',
      'the AUTHOR and the EUROPEAN desk',
    ];
    for (const trap of traps) expect(found(trap), trap).toEqual([]);
  });

  it('returns occurrences in text order with offsets into the original string', () => {
    const text = 'Both UNHCR and\nIOM ran camps; the IOM chief met UNHCR.';
    const occurrences = matchGlossary(getCompiledGlossary(), text);
    expect(occurrences.map((o) => o.start)).toEqual([5, 15, 34, 48]);
    for (const o of occurrences) expect(text.slice(o.start, o.end)).toMatch(/^(UNHCR|IOM)$/);
  });

  it('finds names at both ends of the text and nothing in empty text', () => {
    expect(ids('NATO')).toEqual(['nato']);
    expect(ids('OSCE and NATO')).toEqual(['osce', 'nato']);
    expect(matchGlossary(getCompiledGlossary(), '')).toEqual([]);
  });
});

describe('compileGlossary', () => {
  const entry = {
    id: 'test-body',
    name: 'Test Centre for Labour Studies',
    acronyms: ['TCLS'],
    aliases: ['Labour Studies Centre'],
    kind: 'think tank' as const,
    summary: 'A body made up for this test.',
    source: 'this test',
  };

  it('compiles a custom glossary with generated spellings of its names', () => {
    const glossary = compileGlossary([entry]);
    const text = 'The Test Center for Labor Studies (TCLS) and the Labor Studies Center.';
    expect(matchGlossary(glossary, text).map((o) => text.slice(o.start, o.end))).toEqual([
      'Test Center for Labor Studies',
      'TCLS',
      'Labor Studies Center',
    ]);
  });

  it('is built once and reused by getCompiledGlossary', () => {
    expect(getCompiledGlossary()).toBe(getCompiledGlossary());
    expect(getCompiledGlossary().automaton.stateCount).toBeGreaterThan(100);
  });
});

describe('short forms that need context', () => {
  const body = (id: string, over: object = {}) => ({
    id,
    name: `Office of ${id}`,
    acronyms: [],
    aliases: [],
    ...over,
  });
  const glossary = compileGlossary(
    [
      body('dept', { aliases: ['Department of Tests'], contextAliases: ['Tests'] }),
      body('union', { acronyms: ['UTW'], contextFrom: [] }),
      body('board', { contextAliases: ['the Board'], contextFrom: ['union'] }),
    ],
    ['Minister of Tests'],
  );
  const ids = (text: string) =>
    matchGlossary(glossary, text).map((o) => `${o.entryId}:${text.slice(o.start, o.end)}`);

  it('marks a short form only in an article that names its body in full', () => {
    expect(ids('Tests said no.')).toEqual([]);
    expect(ids('The Department of Tests met; Tests said no.')).toEqual([
      'dept:Department of Tests',
      'dept:Tests',
    ]);
  });

  it('marks it case-sensitively, and never inside a phrase that names no body', () => {
    expect(ids('The Department of Tests ran tests; the Minister of Tests spoke.')).toEqual([
      'dept:Department of Tests',
    ]);
  });

  it('also marks it where a body that vouches for it is named (contextFrom)', () => {
    expect(ids('the Board met')).toEqual([]);
    expect(ids('UTW asked the Board')).toEqual(['union:UTW', 'board:the Board']);
  });
});

describe('the real glossary’s short forms', () => {
  it('reads a bare "State" as the State Department on a page about AFSA, not in a title', () => {
    expect(found('AFSA told State that Heads of State would come.')).toEqual([
      'afsa:AFSA',
      'state-department:State',
    ]);
    expect(found('State budgets fell.')).toEqual([]);
  });

  it('does not take the Foreign Service’s role nouns or a plural acronym for the Service', () => {
    expect(found('The Foreign Service and its Foreign Service generalists, 10 FSNs')).toEqual([
      'foreign-service:Foreign Service',
    ]);
  });
});

describe('hasBoundaries', () => {
  it('accepts a span with non-letters or text ends around it', () => {
    expect(hasBoundaries('IOM', 0, 3)).toBe(true);
    expect(hasBoundaries('(IOM)', 1, 4)).toBe(true);
    expect(hasBoundaries('IOM’s', 0, 3)).toBe(true);
  });

  it('accepts a change from lower case to capitals before, and from capitals to lower after', () => {
    expect(hasBoundaries('usingMINURSO', 5, 12)).toBe(true);
    expect(hasBoundaries('IOMbelieve', 0, 3)).toBe(true);
  });

  it('rejects letters or digits running on in the same case', () => {
    expect(hasBoundaries('BIOMETRIC', 1, 4)).toBe(false);
    expect(hasBoundaries('biomass', 1, 4)).toBe(false);
    expect(hasBoundaries('G20X', 0, 3)).toBe(false);
    expect(hasBoundaries('1IOM', 1, 4)).toBe(false);
  });

  it('splits an acronym from a capitalized word run on after it, not from a plural acronym', () => {
    expect(hasBoundaries('USAIDAdministrator', 0, 5)).toBe(true);
    expect(hasBoundaries('AFSAGoverning Board', 0, 4)).toBe(true);
    expect(hasBoundaries('10 FSNs work here', 3, 5)).toBe(false);
    expect(hasBoundaries('the PRTs', 4, 6)).toBe(false);
  });

  it('rejects a capital-to-lower change before the span and lower-to-capital after it', () => {
    expect(hasBoundaries('IOMbelieve', 3, 10)).toBe(false);
    expect(hasBoundaries('usingMINURSO', 0, 5)).toBe(false);
  });
});

describe('ligature characters and case-blind aliases', () => {
  it('reads a ligature character (ﬃ) as its letters, so the whole name is one occurrence', () => {
    const text = 'The Oﬃce of the U.N. High Commissioner for Refugees opened a field post.';
    expect(found(text)).toEqual(['unhcr:Oﬃce of the U.N. High Commissioner for Refugees']);
  });

  it('does not take ordinary lower-case phrases for bodies ("main state", "un system")', () => {
    expect(ids('the main state institutions of the country')).toEqual([]);
    expect(ids('an un system of checks')).toEqual([]);
  });
});
