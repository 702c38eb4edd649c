// Records for the backup tests: every shape a backup must carry back unchanged (UUID and other
// ids, notes with HTML and Markdown, tags, several glossary entries, a stored quote that differs
// from its selector, pages with and without an FSJ issue, a page annotated from disk); and helpers
// to damage a backup and read the reader's message.
import type { BackupData } from '../../../lib/export/backupFormat';
import { readBackup } from '../../../lib/export/backupRead';
import { backupText } from '../../../lib/export/backupWrite';
import { makeHighlight, makePage, makeTermNote, T0 } from '../db/testDb';

export const ARTICLE_URL = 'https://www.afsa.org/migration-diplomacy-practice';
export const COMBINED_URL =
  'https://www.afsa.org/sites/default/files/flipping_book/070813/files/assets/seo/page5.html';
export const FILE_URL = 'file:///home/reader/fsj-0313.html';
export const UUID_1 = '3f1c2a9e-5b7d-4c1e-9a0b-2d4e6f8a1b3c';
export const UUID_2 = 'A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D';
export const UUID_3 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

export const HTML_NOTE =
  'Compare <b>IOM</b> & <a href="javascript:alert(1)">UNHCR</a> <img src=x onerror=alert(1)>\n\n# Not a heading\n- [ ] not a task';

export function sampleData(): BackupData {
  return {
    pages: [
      makePage(),
      makePage({
        url: ARTICLE_URL,
        title: 'Migration <script>alert("x")</script> diplomacy – “in practice”',
        issue: null,
        pageNumber: null,
        updatedAt: T0 + 5_000,
      }),
      makePage({
        url: COMBINED_URL,
        title: 'Page 5 - Foreign Service Journal - July-August 2013',
        issue: { code: '070813', year: 2013, month: 7, endMonth: 8 },
        pageNumber: 5,
        updatedAt: T0 + 7_000,
      }),
      makePage({ url: FILE_URL, title: '', issue: null, pageNumber: null, updatedAt: T0 + 1 }),
    ],
    highlights: [
      makeHighlight(UUID_1, 120, {
        color: 'green',
        note: HTML_NOTE,
        tags: ['<b>bold</b>', 'migration', 'état'],
        entryIds: ['iom', 'unhcr'],
        createdAt: T0 + 10,
        updatedAt: T0 + 99_000,
      }),
      makeHighlight('h2', 400, {
        color: 'purple',
        entryIds: [],
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'Global Forum', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 400, end: 412 },
        },
        quote: 'Global Forum',
      }),
      makeHighlight(UUID_2, 0, {
        pageUrl: ARTICLE_URL,
        color: 'blue',
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'Organization', prefix: 'the ', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 12 },
        },
        // Saved before the page changed: the stored quote keeps its line break and hyphen.
        quote: 'Organiza-\ntion',
        tags: ['x'],
        createdAt: T0 + 1,
        updatedAt: T0 + 2,
      }),
      makeHighlight('h:4/ü', 7, { pageUrl: FILE_URL, color: 'pink', note: ' ' }),
    ],
    termNotes: [
      makeTermNote(UUID_3, 'iom', { note: 'Joined the <em>UN</em> system in 2016.' }),
      makeTermNote('n2', 'unhcr', { note: '', pageUrl: ARTICLE_URL, updatedAt: T0 + 3 }),
      makeTermNote('n3', 'my org/1 ü', { note: 'An entry of my own.', createdAt: T0 - 50 }),
    ],
  };
}

/** The clock the backups in the tests are stamped with. */
export const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

/** Parsed JSON, loose enough to damage anywhere. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A backup as parsed JSON (the sample's by default), to damage in one place. */
export function parsedBackup(data: BackupData = sampleData()): Json {
  return JSON.parse(backupText(data, NOW)) as Json;
}

/** The reader's message for a file (text as it is, anything else as its JSON). */
export function errorOf(doc: unknown): string {
  const result = readBackup(typeof doc === 'string' ? doc : JSON.stringify(doc));
  if (result.ok) throw new Error('the backup was accepted');
  return result.error;
}
