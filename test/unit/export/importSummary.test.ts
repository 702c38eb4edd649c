// The sentence shown after an import: what the merge added, updated and left unchanged.
import { describe, expect, it } from 'vitest';
import type { ImportCounts, MergeTally } from '../../../lib/db/importBackup';
import { importSummary } from '../../../lib/export/importSummary';

const tally = (added: number, updated: number, unchanged: number): MergeTally => ({
  added,
  updated,
  unchanged,
});

function counts(highlights: MergeTally, termNotes: MergeTally, pages: MergeTally): ImportCounts {
  return {
    added: highlights.added + termNotes.added,
    updated: highlights.updated + termNotes.updated,
    unchanged: highlights.unchanged + termNotes.unchanged,
    highlights,
    termNotes,
    pages,
  };
}

describe('importSummary', () => {
  it('says how many were added, updated and unchanged, and how many pages are new', () => {
    expect(
      importSummary('b.json', counts(tally(1200, 1, 30), tally(3, 0, 0), tally(4, 0, 2))),
    ).toBe(
      'Imported b.json: added 1,203, updated 1, unchanged 30 (highlights and notes on organizations); 4 new pages.',
    );
  });

  it('says one new page in the singular, and leaves new pages out when there are none', () => {
    expect(importSummary('b.json', counts(tally(2, 0, 0), tally(0, 0, 0), tally(1, 0, 0)))).toMatch(
      /added 2, .*; 1 new page\.$/,
    );
    expect(importSummary('b.json', counts(tally(0, 2, 0), tally(0, 0, 0), tally(0, 1, 0)))).toBe(
      'Imported b.json: added 0, updated 2, unchanged 0 (highlights and notes on organizations).',
    );
  });

  it('says when nothing was new, as after importing the same file twice', () => {
    expect(importSummary('b.json', counts(tally(0, 0, 5), tally(0, 0, 1), tally(0, 0, 2)))).toBe(
      'Imported b.json: added 0, updated 0, unchanged 6 (highlights and notes on organizations). Nothing was new: everything in it was here already.',
    );
  });

  it('says when the backup was empty', () => {
    expect(importSummary('b.json', counts(tally(0, 0, 0), tally(0, 0, 0), tally(0, 0, 0)))).toBe(
      'Imported b.json: the backup holds no highlights or notes.',
    );
  });
});
