// The index of organizations: every body, grouped by kind, with the pages that named it and the
// reader's highlights and notes on it; searched by name, other name or acronym.
import { describe, expect, it } from 'vitest';
import {
  groupByKind,
  isMet,
  organizationRows,
  searchOrganizations,
} from '../../../lib/notes/organizationIndex';
import type { GlossaryEntry } from '../../../lib/glossary/types';
import type { HighlightRecord, PageMentionsRecord, TermNoteRecord } from '../../../lib/db/types';

const entry = (id: string, name: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  name,
  acronyms: [],
  aliases: [],
  kind: 'UN agency',
  summary: 'A body written up for the test.',
  source: 'https://example.org',
  ...over,
});

const ENTRIES = [
  entry('unhcr', 'Office of the United Nations High Commissioner for Refugees', {
    acronyms: ['UNHCR'],
    aliases: ['UN Refugee Agency'],
  }),
  entry('iom', 'International Organization for Migration', {
    acronyms: ['IOM'],
    kind: 'intergovernmental organization',
  }),
  entry('usia', 'United States Information Agency', {
    acronyms: ['USIA'],
    kind: 'US government agency',
  }),
];

const page = (
  url: string,
  seenAt: number,
  ids: string[],
  counts: number[],
): PageMentionsRecord => ({
  url,
  title: `Title of ${url}`,
  issue: null,
  pageNumber: null,
  entryIds: ids,
  counts,
  seenAt,
});

const highlight = (id: string, entryIds: string[], createdAt: number) =>
  ({ id, entryIds, createdAt, quote: `quote ${id}` }) as unknown as HighlightRecord;
const note = (id: string, entryId: string, updatedAt: number) =>
  ({ id, entryId, updatedAt, note: `note ${id}` }) as unknown as TermNoteRecord;

const rows = organizationRows(
  ENTRIES,
  [page('https://a', 1, ['iom', 'unhcr'], [3, 1]), page('https://b', 5, ['iom'], [2])],
  [highlight('h1', ['iom', 'iom'], 10), highlight('h2', ['unhcr', 'iom'], 20)],
  [note('n1', 'iom', 7), note('n2', 'gone', 8)],
);
const byId = (id: string) => rows.find((r) => r.entry.id === id)!;

describe('organizationRows', () => {
  it('lists every body once, by name', () => {
    expect(rows.map((r) => r.entry.id)).toEqual(['iom', 'unhcr', 'usia']);
  });

  it('gives each body the pages that named it, most recent first, with their counts', () => {
    expect(byId('iom').pages.map((p) => [p.url, p.count])).toEqual([
      ['https://b', 2],
      ['https://a', 3],
    ]);
    expect(byId('unhcr').pages.map((p) => p.url)).toEqual(['https://a']);
    expect(byId('usia').pages).toEqual([]);
  });

  it('carries the FSJ issue of each page, which its title may not name', () => {
    const march = { code: '0313', year: 2013, month: 3, endMonth: 3 };
    const [iom] = organizationRows(
      ENTRIES.slice(1, 2),
      [{ ...page('https://c', 1, ['iom'], [1]), issue: march }],
      [],
      [],
    );
    expect(iom!.pages.map((p) => p.issue)).toEqual([march]);
    expect(byId('iom').pages.map((p) => p.issue)).toEqual([null, null]);
  });

  it('gives each body the highlights that name it (once each) and the notes on it', () => {
    expect(byId('iom').highlights.map((h) => h.id)).toEqual(['h2', 'h1']);
    expect(byId('unhcr').highlights.map((h) => h.id)).toEqual(['h2']);
    expect(byId('iom').notes.map((n) => n.id)).toEqual(['n1']);
    expect(isMet(byId('usia'))).toBe(false);
    expect(isMet(byId('unhcr'))).toBe(true);
  });
});

describe('searchOrganizations', () => {
  const ids = (query: string, metOnly = false) =>
    searchOrganizations(rows, query, { metOnly }).map((r) => r.entry.id);

  it('finds a body by acronym, by words of its name or of another name, case-blind', () => {
    expect(ids('usia')).toEqual(['usia']);
    expect(ids('refugee agency')).toEqual(['unhcr']);
    expect(ids('ORGANISATION migration')).toEqual(['iom']);
    expect(ids('')).toEqual(['iom', 'unhcr', 'usia']);
    expect(ids('nothing like it')).toEqual([]);
  });

  it('can keep only the bodies the reader has met', () => {
    expect(ids('', true)).toEqual(['iom', 'unhcr']);
  });
});

describe('groupByKind', () => {
  it('groups rows by kind, in the glossary’s order of kinds', () => {
    expect(groupByKind(rows).map((g) => [g.kind, g.rows.map((r) => r.entry.id)])).toEqual([
      ['US government agency', ['usia']],
      ['UN agency', ['unhcr']],
      ['intergovernmental organization', ['iom']],
    ]);
  });
});
