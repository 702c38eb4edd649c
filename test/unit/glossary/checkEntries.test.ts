// The glossary's gate: what an entry must have to ship, and why a name two entries claim is refused.
import { describe, expect, it } from 'vitest';
import { checkGlossary, entryProblems, nameClashes } from '../../../lib/glossary/checkEntries';
import type { GlossaryEntry } from '../../../lib/glossary/types';

const entry = (over: Partial<GlossaryEntry> & { id: string }): GlossaryEntry => ({
  name: `Body ${over.id}`,
  acronyms: [],
  aliases: [],
  kind: 'US government agency',
  summary: 'A body written up for the test, in one sentence.',
  source: 'https://www.example.gov/about',
  ...over,
});

describe('an entry on its own', () => {
  it('passes with a name, a kind, a sentence and the address of a page read', () => {
    expect(entryProblems(entry({ id: 'ok' }))).toEqual([]);
  });

  it('needs a source that names a page, and "general knowledge" is not one', () => {
    expect(entryProblems(entry({ id: 'a', source: 'general knowledge' }))).toEqual([
      'a: the source must give the address of a page that was read',
      'a: "general knowledge" is not a source',
    ]);
    expect(entryProblems(entry({ id: 'b', source: 'https://x.org/a; general knowledge' }))).toEqual(
      ['b: "general knowledge" is not a source'],
    );
  });

  it('needs a kebab-case id, a kind the card knows and a real summary', () => {
    const problems = entryProblems(
      entry({ id: 'Bad_Id', kind: 'club' as GlossaryEntry['kind'], summary: 'Short.' }),
    );
    expect(problems).toEqual([
      'Bad_Id: the id must be kebab-case (a-z, 0-9 and single hyphens)',
      'Bad_Id: the summary must be a sentence or two',
      'Bad_Id: "club" is not a kind the card knows',
    ]);
  });

  it('keeps contextFrom for entries with short forms, naming other entries', () => {
    expect(entryProblems(entry({ id: 'd', contextFrom: ['x'] }))).toEqual([
      'd: contextFrom keeps short forms, but the entry has no context aliases',
    ]);
    const named = entry({ id: 'e', contextAliases: ['Ebb'], contextFrom: ['e', 'nobody'] });
    expect(checkGlossary([named])).toEqual([
      'e: contextFrom names the entry itself',
      'e: contextFrom names "nobody", which is no entry',
    ]);
  });

  it('leaves a fact out rather than blank', () => {
    expect(entryProblems(entry({ id: 'gone', founded: ' ', ended: '1999' }))).toEqual([
      'gone: founded is blank: leave it out instead',
    ]);
  });

  it('wants a context alias written as the page writes it, with its capital', () => {
    expect(entryProblems(entry({ id: 'c', contextAliases: ['commerce'] }))).toEqual([
      'c: the context alias "commerce" needs a capital letter',
    ]);
  });
});

describe('names across entries', () => {
  it('refuses a name a second entry claims, saying who holds it', () => {
    const clashes = nameClashes([
      entry({ id: 'first', name: 'Office of Foreign Missions' }),
      entry({ id: 'second', aliases: ['office of foreign missions'] }),
    ]);
    expect(clashes).toEqual([
      'second: the name "office of foreign missions" is already claimed by first (as "Office of ' +
        'Foreign Missions"): a page could not tell which body "ofce of foreign missions" means',
    ]);
  });

  it('counts generated spellings as the same name', () => {
    const clashes = nameClashes([
      entry({ id: 'women', name: 'UN Women' }),
      entry({ id: 'copy', aliases: ['United Nations Women'] }),
    ]);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatch(
      /^copy: the name "United Nations Women" is already claimed by women/,
    );
  });

  it('refuses an acronym spelled the same by two entries, but not two spellings', () => {
    expect(
      nameClashes([entry({ id: 'a', acronyms: ['ECA'] }), entry({ id: 'b', acronyms: ['ECA'] })]),
    ).toHaveLength(1);
    expect(
      nameClashes([entry({ id: 'a', acronyms: ['DoD'] }), entry({ id: 'b', acronyms: ['DOD'] })]),
    ).toEqual([]);
  });

  it('refuses a name that would match, in any case, another entry’s acronym', () => {
    const clashes = nameClashes([
      entry({
        id: 'care',
        name: 'Cooperative for Assistance and Relief Everywhere',
        acronyms: ['CARE'],
      }),
      entry({ id: 'other', aliases: ['Care'] }),
    ]);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatch(/^other: the name "Care" is already claimed by care \(as "CARE"\)/);
  });

  it('lets one entry hold a name under several of its own spellings', () => {
    expect(
      nameClashes([entry({ id: 'a', name: 'Defence Council', aliases: ['Defense Council'] })]),
    ).toEqual([]);
  });

  it('refuses an id used twice', () => {
    expect(checkGlossary([entry({ id: 'same' }), entry({ id: 'same', name: 'Other' })])).toEqual([
      'same: the id is used by another entry',
    ]);
  });
});
