// The reader's own glossary entries: what the options form accepts, the message each field gets
// when it is wrong, no name shared with a built-in entry or another of the reader's, and reading
// back whatever storage holds.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../lib/glossary/entries';
import { toMatchingEntries } from '../../../lib/glossary/types';
import {
  checkUserEntry,
  claimedNames,
  draftOf,
  EMPTY_DRAFT,
  newUserEntryId,
  readUserEntries,
  saveUserEntry,
  toCardEntry,
  USER_ENTRY_LIMITS,
  withUnreadable,
  type UserEntry,
  type UserEntryDraft,
} from '../../../lib/glossary/userEntries';

const builtIn = toMatchingEntries(GLOSSARY);
const ICMPD: UserEntryDraft = {
  name: 'International Centre for Migration Policy Development',
  acronyms: 'ICMPD',
  aliases: '',
  summary: 'A Vienna-based intergovernmental body that advises states on migration policy.',
  url: 'https://www.icmpd.org',
};
const draft = (changes: Partial<UserEntryDraft>): UserEntryDraft => ({ ...ICMPD, ...changes });
const errorsOf = (d: UserEntryDraft, list: readonly UserEntry[] = []) => {
  const result = saveUserEntry(list, d, { builtIn, now: 1 });
  return result.ok ? {} : result.errors;
};

describe('checkUserEntry', () => {
  it('accepts a complete entry and tidies what was typed', () => {
    const result = checkUserEntry(
      draft({
        name: '  International Centre for\nMigration Policy Development ',
        acronyms: 'ICMPD, ICMPD  IMPD',
        aliases: 'Migration Policy Centre\n\n  Centre for Migration Policy, Vienna \n',
        url: ' https://www.icmpd.org ',
      }),
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        name: 'International Centre for Migration Policy Development',
        acronyms: ['ICMPD', 'IMPD'],
        aliases: ['Migration Policy Centre', 'Centre for Migration Policy, Vienna'],
        summary: ICMPD.summary,
        url: 'https://www.icmpd.org/',
      },
    });
  });

  it('needs only a name and a sentence', () => {
    const result = checkUserEntry(draft({ acronyms: '', aliases: '', url: '' }));
    expect(result.ok && result.fields).toMatchObject({ acronyms: [], aliases: [] });
    expect(result.ok && 'url' in result.fields).toBe(false);
  });

  it('says, field by field, what is missing', () => {
    expect(checkUserEntry(EMPTY_DRAFT)).toEqual({
      ok: false,
      errors: {
        name: 'Give the full name of the body.',
        summary: 'Write one sentence saying what the body is.',
      },
    });
  });

  it('turns down names too short to match safely, and too long', () => {
    expect(errorsOf(draft({ name: 'MP' })).name).toMatch(/too short.*Acronyms/);
    expect(errorsOf(draft({ name: 'x'.repeat(USER_ENTRY_LIMITS.name + 1) })).name).toMatch(
      /too long: at most 150/,
    );
    expect(errorsOf(draft({ aliases: 'Policy Centre\nPC' })).aliases).toMatch(/“PC” is too short/);
  });

  it('turns down acronyms with no letter, too long, or too many', () => {
    expect(errorsOf(draft({ acronyms: 'ICMPD 2015' })).acronyms).toMatch(/“2015” cannot be/);
    expect(errorsOf(draft({ acronyms: 'A'.repeat(21) })).acronyms).toMatch(/too long/);
    const many = Array.from({ length: 11 }, (_, i) => `IC${String.fromCharCode(65 + i)}`);
    expect(errorsOf(draft({ acronyms: many.join(' ') })).acronyms).toBe('At most 10 acronyms.');
  });

  it('keeps a sentence or two, not an essay', () => {
    const long = 'Word '.repeat(100);
    expect(errorsOf(draft({ summary: long })).summary).toMatch(
      /at most 400 characters \(now 499\)/,
    );
  });

  it('takes only https links', () => {
    expect(errorsOf(draft({ url: 'http://www.icmpd.org' })).url).toBe(
      'The link must start with https://',
    );
    expect(errorsOf(draft({ url: 'javascript:alert(1)' })).url).toBe(
      'The link must start with https://',
    );
    expect(errorsOf(draft({ url: 'www.icmpd.org' })).url).toMatch(/not a web address/);
    expect(errorsOf(draft({ url: 'https://me:secret@icmpd.org' })).url).toMatch(/user name/);
  });
});

describe('names already claimed', () => {
  it('turns down a name, alias or acronym of a built-in entry, once folded', () => {
    expect(errorsOf(draft({ acronyms: 'IOM' })).acronyms).toBe(
      '“IOM” is already a name of the built-in entry “International Organization for Migration”.',
    );
    expect(errorsOf(draft({ name: 'INTERNATIONAL ORGANISATION FOR MIGRATION' })).name).toMatch(
      /built-in entry “International Organization for Migration”/,
    );
    expect(errorsOf(draft({ aliases: 'UN Migration Agency' })).aliases).toMatch(/built-in/);
  });

  it('sees the spellings the matcher generates: U.N. for United Nations, Program for Programme', () => {
    expect(errorsOf(draft({ name: 'U.N. Development Program' })).name).toMatch(
      /“U.N. Development Program” is already a name of the built-in entry “United Nations Development Programme”/,
    );
  });

  it('turns down a name another of the reader’s entries has, but not the entry’s own', () => {
    const first = saveUserEntry([], ICMPD, { builtIn, now: 1 });
    if (!first.ok) throw new Error('first entry refused');
    expect(errorsOf(draft({ name: 'Budapest Process', acronyms: 'icmpd' }), first.list)).toEqual({
      acronyms:
        '“icmpd” is already a name of your entry “International Centre for Migration Policy Development”.',
    });
    const edited = saveUserEntry(first.list, draft({ summary: 'Advises states.' }), {
      builtIn,
      editingId: first.entry.id,
      now: 2,
    });
    expect(edited.ok).toBe(true);
  });

  it('indexes every generated spelling of every built-in name', () => {
    const claimed = claimedNames(builtIn);
    expect(claimed.get('world food program')?.id).toBe('wfp');
    expect(claimed.get('iom')?.id).toBe('iom');
  });
});

describe('saveUserEntry', () => {
  it('adds an entry with a readable id that cannot be a built-in one', () => {
    const result = saveUserEntry([], ICMPD, { builtIn, now: 10 });
    expect(result.ok && result.entry).toEqual({
      id: 'user-international-centre-for-migration',
      name: ICMPD.name,
      acronyms: ['ICMPD'],
      aliases: [],
      summary: ICMPD.summary,
      url: 'https://www.icmpd.org/',
      createdAt: 10,
      updatedAt: 10,
    });
    expect(builtIn.some((e) => e.id.startsWith('user-'))).toBe(false);
  });

  it('keeps the id and creation time when an entry is edited and renamed', () => {
    const first = saveUserEntry([], ICMPD, { builtIn, now: 10 });
    if (!first.ok) throw new Error('refused');
    const renamed = saveUserEntry(first.list, draft({ name: 'Migration Policy Centre' }), {
      builtIn,
      editingId: first.entry.id,
      now: 20,
    });
    expect(renamed.ok && renamed.list).toEqual([
      { ...first.entry, name: 'Migration Policy Centre', updatedAt: 20 },
    ]);
  });

  it('changes nothing when the draft has errors', () => {
    const list: UserEntry[] = [];
    expect(saveUserEntry(list, draft({ url: 'ftp://x' }), { builtIn, now: 1 }).ok).toBe(false);
    expect(list).toEqual([]);
  });

  it('keeps no more than the limit', () => {
    const full = Array.from({ length: USER_ENTRY_LIMITS.entries }, (_, i) => ({
      id: `user-e${i}`,
      name: `Entry ${i}`,
      acronyms: [],
      aliases: [],
      summary: 'x',
      createdAt: 0,
      updatedAt: 0,
    }));
    expect(errorsOf(ICMPD, full).name).toMatch(/300 entries, the most kept/);
  });
});

describe('newUserEntryId', () => {
  it('makes the id from the name, unique among the taken ones', () => {
    expect(newUserEntryId('Développement & Co.', new Set())).toBe('user-developpement-co');
    expect(newUserEntryId('Budapest Process', new Set(['user-budapest-process']))).toBe(
      'user-budapest-process-2',
    );
    expect(newUserEntryId('日本', new Set())).toBe('user-entry');
  });
});

describe('readUserEntries', () => {
  const saved = saveUserEntry([], ICMPD, { builtIn, now: 5 });
  const good = saved.ok ? saved.entry : null;

  it('reads back what was saved', () => {
    expect(readUserEntries(JSON.parse(JSON.stringify([good])))).toEqual([good]);
  });

  it('leaves out damaged items, bad ids, repeated ids and entries the form would refuse', () => {
    const stored = [
      good,
      good,
      null,
      'text',
      { ...good, id: 'iom' },
      { ...good, id: 'user-x', url: 'javascript:alert(1)' },
      { ...good, id: 'user-y', acronyms: 'ICMPD' },
      { ...good, id: 'user-z', summary: '' },
    ];
    expect(readUserEntries(stored)).toEqual([good]);
    for (const value of [undefined, null, {}, 'x', 42]) expect(readUserEntries(value)).toEqual([]);
  });

  it('round-trips through the form', () => {
    expect(checkUserEntry(draftOf(good!))).toEqual({
      ok: true,
      fields: {
        name: good!.name,
        acronyms: good!.acronyms,
        aliases: good!.aliases,
        summary: good!.summary,
        url: good!.url,
      },
    });
  });
});

describe('toCardEntry', () => {
  it('gives the card what the reader wrote, marked as theirs', () => {
    expect(toCardEntry(good())).toEqual({
      id: 'user-icmpd',
      name: ICMPD.name,
      acronyms: ['ICMPD'],
      summary: ICMPD.summary,
      url: 'https://www.icmpd.org/',
      own: true,
    });
  });
  function good(): UserEntry {
    return {
      id: 'user-icmpd',
      name: ICMPD.name,
      acronyms: ['ICMPD'],
      aliases: [],
      summary: ICMPD.summary,
      url: 'https://www.icmpd.org/',
      createdAt: 0,
      updatedAt: 0,
    };
  }
});

describe('withUnreadable', () => {
  const saved = saveUserEntry([], ICMPD, { builtIn, now: 5 });
  const good = saved.ok ? saved.entry : null;

  it('keeps what could not be read when the reader’s entries are saved', () => {
    const damaged = { id: 'user-broken', name: 'Half an entry' };
    const stored = [good, damaged, 'text'];
    expect(withUnreadable(stored, [])).toEqual([damaged, 'text']);
    expect(withUnreadable(stored, [good!])).toEqual([good, damaged, 'text']);
  });

  it('drops a damaged item whose id a saved entry now has, and stores the list as it is', () => {
    expect(withUnreadable([{ id: 'user-x' }], [{ ...good!, id: 'user-x' }])).toEqual([
      { ...good!, id: 'user-x' },
    ]);
    expect(withUnreadable(undefined, [good!])).toEqual([good]);
  });
});
