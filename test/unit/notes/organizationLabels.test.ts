// How the index of organizations words a row: kind headings, what the reader has on a body, how
// often a page named it, and which addresses may become links.
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../lib/glossary/types';
import type { HighlightRecord, TermNoteRecord } from '../../../lib/db/types';
import type { OrganizationRow, PageNaming } from '../../../lib/notes/organizationIndex';
import { kindHeading, metLine, timesNamed, webLink } from '../../../lib/notes/organizationLabels';

const row = (pages: number, highlights: number, notes: number): OrganizationRow => ({
  entry: { id: 'iom', name: 'International Organization for Migration' } as GlossaryEntry,
  pages: Array.from({ length: pages }, () => ({}) as PageNaming),
  highlights: Array.from({ length: highlights }, () => ({}) as HighlightRecord),
  notes: Array.from({ length: notes }, () => ({}) as TermNoteRecord),
  searchText: '',
});

describe('kindHeading', () => {
  it('capitalises the kind and keeps acronyms as they are', () => {
    expect(kindHeading('intergovernmental organization')).toBe('Intergovernmental organization');
    expect(kindHeading('UN agency')).toBe('UN agency');
    expect(kindHeading('US executive department')).toBe('US executive department');
  });
});

describe('metLine', () => {
  it('counts pages, highlights and notes, in that order, singular for one', () => {
    expect(metLine(row(3, 2, 1))).toBe('3 pages · 2 highlights · 1 note');
    expect(metLine(row(1, 1, 2))).toBe('1 page · 1 highlight · 2 notes');
  });

  it('leaves out what is none, and is empty for a body not met', () => {
    expect(metLine(row(0, 2, 0))).toBe('2 highlights');
    expect(metLine(row(4, 0, 1))).toBe('4 pages · 1 note');
    expect(metLine(row(0, 0, 0))).toBe('');
  });
});

describe('timesNamed', () => {
  it('says "once" for one and counts the rest', () => {
    expect(timesNamed(1)).toBe('named once');
    expect(timesNamed(3)).toBe('named 3 times');
  });
});

describe('webLink', () => {
  it('keeps http and https addresses', () => {
    expect(webLink('https://www.iom.int/')).toBe('https://www.iom.int/');
    expect(webLink('http://example.org/a?b#c')).toBe('http://example.org/a?b#c');
    expect(webLink('HTTPS://www.afsa.org/page')).toBe('HTTPS://www.afsa.org/page');
  });

  it('refuses any other scheme, a relative address, garbage and nothing', () => {
    expect(webLink('javascript:alert(1)')).toBeNull();
    expect(webLink(' javascript:alert(1)')).toBeNull();
    expect(webLink('data:text/html,<b>x</b>')).toBeNull();
    expect(webLink('chrome-extension://abc/notes.html')).toBeNull();
    expect(webLink('file:///etc/passwd')).toBeNull();
    expect(webLink('/notes.html')).toBeNull();
    expect(webLink('not a url')).toBeNull();
    expect(webLink('')).toBeNull();
    expect(webLink(undefined)).toBeNull();
  });
});
