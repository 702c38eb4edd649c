// What the background answers when a card asks for an entry: built-in entries from the embedded
// glossary, the reader's own from storage (marked as theirs), and nothing for an unknown id.
import { describe, expect, it } from 'vitest';
import { entryLabelLookup, findCardEntry } from '../../../lib/glossary/cardEntries';
import { GLOSSARY_BY_ID } from '../../../lib/glossary/index';

const stored = [
  {
    id: 'user-icmpd',
    name: 'International Centre for Migration Policy Development',
    acronyms: ['ICMPD'],
    aliases: [],
    summary: 'Advises states on migration policy.',
    url: 'https://www.icmpd.org/',
    createdAt: 1,
    updatedAt: 1,
  },
];

describe('findCardEntry', () => {
  it('answers a built-in id from the glossary without reading storage', async () => {
    const read = () => Promise.reject(new Error('storage must not be read'));
    expect(await findCardEntry('iom', read)).toBe(GLOSSARY_BY_ID.get('iom'));
    expect(await findCardEntry('no-such-body', read)).toBeNull();
  });

  it('answers the reader’s entry from storage, marked as theirs', async () => {
    expect(await findCardEntry('user-icmpd', () => Promise.resolve(stored))).toEqual({
      id: 'user-icmpd',
      name: 'International Centre for Migration Policy Development',
      acronyms: ['ICMPD'],
      summary: 'Advises states on migration policy.',
      url: 'https://www.icmpd.org/',
      own: true,
    });
  });

  it('answers null for a user id that is gone, damaged storage or a failed read', async () => {
    expect(await findCardEntry('user-other', () => Promise.resolve(stored))).toBeNull();
    expect(await findCardEntry('user-icmpd', () => Promise.resolve('junk'))).toBeNull();
    expect(await findCardEntry('user-icmpd', () => Promise.reject(new Error('closed')))).toBeNull();
  });
});

describe('entryLabelLookup', () => {
  it('names built-in entries and the reader’s own, and nothing else', () => {
    const lookup = entryLabelLookup(stored);
    expect(lookup('iom')?.name).toBe('International Organization for Migration');
    expect(lookup('user-icmpd')).toMatchObject({
      name: 'International Centre for Migration Policy Development',
      acronyms: ['ICMPD'],
    });
    expect(lookup('user-gone')).toBeUndefined();
    expect(entryLabelLookup(undefined)('user-icmpd')).toBeUndefined();
  });
});
