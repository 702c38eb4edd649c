// The sentence shown after an import: what the merge added, updated and left unchanged.
import { describe, expect, it } from 'vitest';
import type { RefusedRecord } from '../../../lib/db/futureRecords';
import type { ImportCounts, MergeTally } from '../../../lib/db/importBackup';
import { importSummary } from '../../../lib/export/importSummary';

const YEAR_2999 = Date.UTC(2999, 0, 1);
/** The last day a JavaScript date can hold, which a backup could carry before this check. */
const LAST_DAY = 8.64e15;

const tally = (added: number, updated: number, unchanged: number): MergeTally => ({
  added,
  updated,
  unchanged,
});

function counts(
  highlights: MergeTally,
  termNotes: MergeTally,
  pages: MergeTally,
  refused: RefusedRecord[] = [],
): ImportCounts {
  return {
    added: highlights.added + termNotes.added,
    updated: highlights.updated + termNotes.updated,
    unchanged: highlights.unchanged + termNotes.unchanged,
    highlights,
    termNotes,
    pages,
    refused,
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

  it('names each record left out for a date in the future, by its first words and that date', () => {
    const refused: RefusedRecord[] = [
      { kind: 'page', position: 2, text: 'Page 28 - Foreign Service Journal', time: YEAR_2999 },
      {
        kind: 'highlight',
        position: 3,
        text: 'the International\nOrganization   for Migration',
        time: YEAR_2999,
      },
      { kind: 'termNote', position: 1, text: 'Joined the UN system in 2016.', time: LAST_DAY },
    ];
    expect(
      importSummary('b.json', counts(tally(2, 0, 0), tally(0, 0, 0), tally(1, 0, 0), refused)),
    ).toBe(
      'Imported b.json: added 2, updated 0, unchanged 0 (highlights and notes on organizations); 1 new page. ' +
        'Page entry 2 ("Page 28 - Foreign Service Journal"): its date is in the future (2999-01-01); not imported. ' +
        'Highlight 3 ("the International Organization for…"): its date is in the future (2999-01-01); not imported. ' +
        'Note on an organization 1 ("Joined the UN system in 2016."): its date is in the future (+275760-09-13); not imported.',
    );
  });

  it('does not say "nothing was new" when records were left out, nor that the backup was empty', () => {
    const refused: RefusedRecord[] = [{ kind: 'termNote', position: 1, text: '', time: YEAR_2999 }];
    expect(
      importSummary('b.json', counts(tally(0, 0, 3), tally(0, 0, 0), tally(0, 0, 1), refused)),
    ).toBe(
      'Imported b.json: added 0, updated 0, unchanged 3 (highlights and notes on organizations). ' +
        'Note on an organization 1: its date is in the future (2999-01-01); not imported.',
    );
    expect(
      importSummary('b.json', counts(tally(0, 0, 0), tally(0, 0, 0), tally(0, 0, 0), refused)),
    ).toBe(
      'b.json: nothing was imported. Note on an organization 1: its date is in the future (2999-01-01); not imported.',
    );
  });

  it('names the first five records left out and counts the others', () => {
    const refused: RefusedRecord[] = Array.from({ length: 1200 }, (_, i) => ({
      kind: 'highlight',
      position: i + 1,
      text: `Quote ${i + 1}`,
      time: YEAR_2999,
    }));
    const summary = importSummary(
      'b.json',
      counts(tally(0, 0, 0), tally(0, 0, 0), tally(0, 0, 0), refused),
    );
    expect(summary.match(/its date is in the future/g)).toHaveLength(5);
    expect(summary).toMatch(
      /Highlight 5 \("Quote 5"\): .* 1,195 other records are dated in the future too; not imported\.$/,
    );
  });
});
