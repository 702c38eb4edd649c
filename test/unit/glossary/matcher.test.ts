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

  it('finds names whose space was lost after a digit or before a capitalized word', () => {
    expect(found('TheFY-09State Department plan')).toEqual(['state-department:State Department']);
    expect(found('grants from the Foreign Service Institute’s budget and theWorld Bank')).toEqual([
      'fsi:Foreign Service Institute',
      'world-bank:World Bank',
    ]);
    expect(found('the International Visitor Leadership ProgramOffice')).toEqual([
      'ivlp:International Visitor Leadership Program',
    ]);
  });

  it('finds a name whose inner space was lost where a capital starts the next word', () => {
    expect(found('a fellow of the GermanMarshall Fund')).toEqual(['gmf:GermanMarshall Fund']);
    expect(found('she left the Foreign ServiceInstitute')).toEqual([
      'fsi:Foreign ServiceInstitute',
    ]);
    // A name the glossary spells with a hump is found with it or in capitals.
    expect(ids('the McGovern-Dole Program, the MCGOVERN-DOLE PROGRAM')).toEqual([
      'mcgovern-dole',
      'mcgovern-dole',
    ]);
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
    expect(ids('the African union summit')).toEqual(['au']);
  });

  it('takes a name written in lower case for a phrase: a proper name needs its capital', () => {
    expect(ids('the african union summit')).toEqual([]);
    expect(ids('funds for consular and diplomatic security work')).toEqual([]);
    expect(found('the Bureau of Diplomatic Security, or Diplomatic Security')).toEqual([
      'ds:Bureau of Diplomatic Security',
      'ds:Diplomatic Security',
    ]);
    // Names the glossary itself spells in lower case keep matching so.
    expect(found('al-Qaeda struck; our diplomats in residence (DIR)')).toEqual([
      'al-qaeda:al-Qaeda',
      'diplomats-in-residence:diplomats in residence',
      'diplomats-in-residence:DIR',
    ]);
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

describe('letter-spaced small caps and all-caps heads', () => {
  it('does not read the rest of a person’s name in small caps as an acronym', () => {
    // "USAN" is an acronym of UNASUR; here it is the rest of "Susan".
    expect(found('Managing Editor S USAN B. M ERRITT Art Director')).toEqual([]);
  });

  it('reads a word after a run spaced letter by letter as a word of its own', () => {
    expect(found('F O C U S O N NATO AT 60')).toEqual(['nato:NATO']);
  });

  it('reads a run spaced letter by letter that is one name whole', () => {
    expect(found('A F S A S CHOLARSHIPS')).toEqual(['afsa:A F S A']);
    expect(found('U S A I D at work')).toEqual(['usaid:U S A I D']);
    expect(found('A M E R I C A N F O R E I G N S E R V I C E A S S O C I A T I O N')).toEqual([
      'afsa:A M E R I C A N F O R E I G N S E R V I C E A S S O C I A T I O N',
    ]);
  });

  it('finds no name inside a longer run, and leaves the spaced running head unmarked', () => {
    expect(found('F O C U S O N D I P L O M A T I C S E C U R I T Y')).toEqual([]);
    expect(found('T H O S E W H O S E R V E D')).toEqual([]);
    expect(
      found('22 F O R E I G N S E R V I C E J O U R N A L / S E P T E M B E R 2 0 0 5'),
    ).toEqual([]);
    expect(found('M A Y 2 0 0 5 / T H E F O R E I G N S E R V I C E J O U R N A L 23')).toEqual([]);
  });

  it('marks a short form in small caps or in an all-caps head, in context', () => {
    expect(found('AFSA NEWS: HOW S TATE HIRES')).toEqual(['afsa:AFSA', 'state-department:S TATE']);
    expect(found('Congress held hearings. NEWS FROM THE HILL')).toEqual([
      'us-congress:Congress',
      'us-congress:THE HILL',
    ]);
  });

  it('does not take a short form in capitals among lower-case words', () => {
    expect(found('Congress met on THE HILL today')).toEqual(['us-congress:Congress']);
  });

  it('spells a short form over a line break or a hyphen broken over one', () => {
    expect(found('AFSA staff and Govern- ing Board members')).toEqual([
      'afsa:AFSA',
      'afsa-governing-board:Govern- ing Board',
    ]);
    expect(found('AFSA asked the\nDepartment')).toEqual([
      'afsa:AFSA',
      'state-department:the\nDepartment',
    ]);
  });
});

describe('a name inside another body’s name', () => {
  it('does not mark a body whose name starts a longer name the glossary lacks', () => {
    expect(found('a video by the USIA Alumni Club, about USIA')).toEqual(['usia:USIA']);
    expect(found('a loan from the State Department Federal Credit Union')).toEqual([]);
    expect(found('delegates to the NATO Parliamentary Assembly')).toEqual([]);
  });

  it('still marks the longer name where it is an entry', () => {
    expect(found('the AFSA Scholarship Fund')).toEqual([
      'afsa-scholarship-fund:AFSA Scholarship Fund',
    ]);
  });

  it('does not mark a body in an observance named after it', () => {
    expect(found('Foreign Service Day, UN Day and a Foreign Service Night Reception')).toEqual([]);
  });

  it('needs the head noun to end the capitalized words, so a title-case head keeps the body', () => {
    expect(found('NATO Alliance Turns 70')).toEqual(['nato:NATO']);
  });

  it('does not take a short form inside a longer name that it ends or starts', () => {
    expect(
      found(
        'The Department of Commerce joined the Joint Commission on Commerce and Tourism; Commerce agreed',
      ),
    ).toEqual(['commerce:Department of Commerce', 'commerce:Commerce']);
    expect(found('AFSA wrote to the Department of Water')).toEqual(['afsa:AFSA']);
  });

  it('does not mark a body in a university, a magazine or a newsletter named after it', () => {
    expect(found('AFSA thanks a professor at Boise State University, Idaho')).toEqual([
      'afsa:AFSA',
    ]);
    expect(found('AFSA and State Magazine; the 2011 State Annuitant Newsletter')).toEqual([
      'afsa:AFSA',
    ]);
  });

  it('reads an observance to its end with no space after the closing quote', () => {
    expect(found('“recognized as American Foreign Service Day,”Amb. Stephenson said')).toEqual([]);
  });

  it('does not take a law named after a body for the body', () => {
    expect(
      found('AFSA on the State Department Authorization Act and the State Authorization Act'),
    ).toEqual(['afsa:AFSA']);
  });

  it('does not mark a body in a color guard named after it', () => {
    expect(found('the United States Armed Forces Color Guard presented the colors')).toEqual([]);
  });

  it('does not take a short form that a capitalized word before it modifies', () => {
    expect(found('Congress and the Senate; the Philippine Senate voted')).toEqual([
      'us-congress:Congress',
      'us-senate:the Senate',
    ]);
    expect(found('Congress and the Senate; Senate Republicans')).toEqual([
      'us-congress:Congress',
      'us-senate:the Senate',
      'us-senate:Senate',
    ]);
  });
});

describe('short forms and the bodies that vouch for them', () => {
  it('reads a bare "Senate" and "the House" on a page naming Congress or a committee', () => {
    expect(
      found('The Senate Foreign Relations Committee met; the Senate and the House agreed.'),
    ).toEqual([
      'sfrc:Senate Foreign Relations Committee',
      'us-senate:the Senate',
      'us-house:the House',
    ]);
    expect(found('Senate staff met. The House voted.')).toEqual([]);
  });

  it('reads a bare "Senate" on a page about AFSA and the Service', () => {
    expect(found('AFSA urged Senate leaders to act')).toEqual(['afsa:AFSA', 'us-senate:Senate']);
  });

  it('reads the Governing Board and the Editorial Board as AFSA’s on an AFSA page', () => {
    expect(found('AFSA’s Governing Board thanked the Editorial Board')).toEqual([
      'afsa:AFSA',
      'afsa-governing-board:Governing Board',
      'fsj-editorial-board:Editorial Board',
    ]);
    expect(found('The Governing Board met.')).toEqual([]);
  });

  it('reads a bare Security Council or General Assembly as the UN’s on a page naming the UN', () => {
    expect(
      found('At the United Nations the Security Council voted and the General Assembly debated.'),
    ).toEqual(['un:United Nations', 'unsc:Security Council', 'unga:General Assembly']);
    expect(found('The Security Council met.')).toEqual([]);
  });

  it('leaves a two-word short form to the other body whose name stands before it', () => {
    const page = 'The United Nations was named.';
    expect(ids(`${page} The OAS General Assembly met in Lima.`)).toEqual(['un']);
    expect(ids(`${page} The Virginia General Assembly met.`)).toEqual(['un']);
    expect(ids(`${page} Russia’s Security Council met.`)).toEqual(['un']);
    expect(ids(`${page} It went to the Peace and Security Council.`)).toEqual(['un']);
    // An acronym’s possessive is often the body’s own.
    expect(ids(`${page} The UN’s Security Council met.`)).toEqual(['un', 'un', 'unsc']);
  });

  it('gives a role phrase’s words to another body’s name that runs into it', () => {
    expect(found('She trained Indian Foreign Service officers.')).toEqual([
      'indian-foreign-service:Indian Foreign Service',
    ]);
    expect(found('She trained Foreign Service officers.')).toEqual([]);
    expect(found('Senior Foreign Service officers met.')).toEqual([]);
  });

  it('reads a service’s bare name before a rank as that service, with no other context', () => {
    expect(found('Navy Admiral Jones chaired it; an Army colonel wrote it')).toEqual([
      'us-navy:Navy',
      'us-army:Army',
    ]);
    expect(found('Navy ships and Army tents')).toEqual([]);
    expect(found('a Soviet Navy Admiral')).toEqual([]);
  });
});

describe('names in the plural and the Service abbreviated', () => {
  it('marks a committee written in the plural for two chambers', () => {
    expect(found('the House and Senate Appropriations Committees have jurisdiction')).toEqual([
      'us-house:the House',
      'senate-appropriations:Senate Appropriations Committees',
    ]);
    expect(found('the Senate Appropriations Committee’s chair')).toEqual([
      'senate-appropriations:Senate Appropriations Committee',
    ]);
  });

  it('takes no plural of a name whose last word is not a body’s head noun', () => {
    expect(found('the Brazilian and Indian Foreign Services')).toEqual([]);
  });

  it('reads "FS" for the Foreign Service inside a longer name', () => {
    expect(found('the FS Grievance Board ruled')).toEqual(['fsgb:FS Grievance Board']);
    expect(found('AFSA thanked an FS Family Member in Brasilia')).toEqual(['afsa:AFSA']);
  });
});

describe('the Foreign Service’s role nouns, groups and channels', () => {
  it('does not take officials or a writers’ group for the Service, but its employees name it', () => {
    expect(
      found('Foreign Service officials met Foreign Service Writers and Foreign Service employees'),
    ).toEqual(['foreign-service:Foreign Service']);
  });

  it('does not take a state for the State Department, nor "in State" for a state', () => {
    expect(found('AFSA on In-State College Tuition and Non-State Actors')).toEqual(['afsa:AFSA']);
    expect(found('AFSA on USAID-State talks')).toEqual([
      'afsa:AFSA',
      'usaid:USAID',
      'state-department:State',
    ]);
    expect(found('AFSA asked for more staff inState and at USAID')).toEqual([
      'afsa:AFSA',
      'state-department:State',
      'usaid:USAID',
    ]);
  });

  it('does not take a pay grade or one of the journal’s columns for the Service', () => {
    expect(
      found('junior officers (FS-6 through FS-4) and an FS-01 of the Foreign Service'),
    ).toEqual(['foreign-service:Foreign Service']);
    expect(found('FS Heritage and FS Know-How, the Foreign Service’s columns')).toEqual([
      'foreign-service:Foreign Service',
    ]);
  });

  it('marks a broadcaster, not its channel', () => {
    expect(found('MBN runs Alhurra')).toEqual(['mbn:MBN']);
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

  it('accepts a capitalized word after a digit, not an acronym after one', () => {
    expect(hasBoundaries('FY-08State Department', 5, 21)).toBe(true);
    expect(hasBoundaries('1IOM', 1, 4)).toBe(false);
  });

  it('accepts a lower-case end before a capitalized word run on after it', () => {
    expect(hasBoundaries('ProgramDivision', 0, 7)).toBe(true);
    expect(hasBoundaries('Programs', 0, 7)).toBe(false);
    expect(hasBoundaries('ProgramDC', 0, 7)).toBe(false);
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
