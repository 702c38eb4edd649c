// The JSON backup: what the file looks like (a W3C Web Annotation collection in JSON-LD), that
// reading it back gives exactly the records that were written, and that a file that is too large,
// not JSON, cut short, not an FSJ Gloss backup or too new is refused as a whole, with a sentence
// saying why. Damage inside entries: backupDamaged.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNO_CONTEXT, BACKUP_FORMAT, MAX_BACKUP_BYTES } from '../../../lib/export/backupFormat';
import { readBackup } from '../../../lib/export/backupRead';
import { backupFileName, backupText, toBackup } from '../../../lib/export/backupWrite';
import { PAGE_URL } from '../db/testDb';
import {
  errorOf,
  FILE_URL,
  HTML_NOTE,
  NOW,
  parsedBackup,
  sampleData,
  UUID_1,
  UUID_2,
  UUID_3,
  type Json,
} from './backupSample';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the backup file', () => {
  it('is a Web Annotation collection in JSON-LD, stamped with its format version and time', () => {
    const backup = toBackup(sampleData(), NOW);
    expect(backup).toMatchObject({
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      generated: '2026-12-01T12:00:00.000Z',
      fsjGloss: { format: BACKUP_FORMAT },
      total: 7,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(backup.first.items).toHaveLength(7);
  });

  it('writes a highlight with a note as a "commenting" annotation: note, tags and entries as bodies, the passage as selectors, the colour as its style class', () => {
    const [annotation] = toBackup(sampleData(), NOW).first.items;
    expect(annotation).toEqual({
      id: `urn:uuid:${UUID_1}`,
      type: 'Annotation',
      created: '2026-11-27T09:00:00.010Z',
      modified: '2026-11-27T09:01:39.000Z',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: HTML_NOTE },
        { type: 'TextualBody', purpose: 'tagging', value: '<b>bold</b>' },
        { type: 'TextualBody', purpose: 'tagging', value: 'migration' },
        { type: 'TextualBody', purpose: 'tagging', value: 'état' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'urn:fsj-gloss:entry:iom' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'urn:fsj-gloss:entry:unhcr' },
      ],
      target: {
        source: PAGE_URL,
        styleClass: 'green',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'the International Organization for Migration',
            prefix: 'Founded in 1951, ',
            suffix: ' (IOM) is',
          },
          { type: 'TextPositionSelector', start: 120, end: 164 },
        ],
      },
    });
  });

  it('writes a highlight without a note, tags or entries as "highlighting" with no body', () => {
    const annotation = toBackup(sampleData(), NOW).first.items[1];
    expect(annotation?.motivation).toBe('highlighting');
    expect(annotation).not.toHaveProperty('body');
    expect(annotation?.target).toMatchObject({ source: PAGE_URL, styleClass: 'purple' });
  });

  it('names UUIDs as urn:uuid and keeps any other id intact in an FSJ Gloss URN', () => {
    const ids = toBackup(sampleData(), NOW).first.items.map((a) => a.id);
    expect(ids).toEqual([
      `urn:uuid:${UUID_1}`,
      'urn:fsj-gloss:highlight:h2',
      `urn:uuid:${UUID_2}`,
      'urn:fsj-gloss:highlight:h%3A4%2F%C3%BC',
      `urn:uuid:${UUID_3}`,
      'urn:fsj-gloss:note:n2',
      'urn:fsj-gloss:note:n3',
    ]);
  });

  it('writes a note on an organization as a "commenting" annotation on the entry, scoped to the page it was written on', () => {
    const items = toBackup(sampleData(), NOW).first.items;
    expect(items[4]).toEqual({
      id: `urn:uuid:${UUID_3}`,
      type: 'Annotation',
      created: '2026-11-27T09:00:00.000Z',
      modified: '2026-11-27T09:00:00.000Z',
      motivation: 'commenting',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          format: 'text/plain',
          value: 'Joined the <em>UN</em> system in 2016.',
        },
      ],
      target: { source: 'urn:fsj-gloss:entry:iom', scope: PAGE_URL },
    });
    expect(items[6]?.target.source).toBe('urn:fsj-gloss:entry:my%20org%2F1%20%C3%BC');
  });

  it('keeps the pages’ titles, FSJ issues and page numbers beside the annotations', () => {
    const pages = toBackup(sampleData(), NOW).fsjGloss.pages;
    expect(pages[0]).toEqual({
      url: PAGE_URL,
      title: 'Page 28 - Foreign Service Journal - March 2013',
      issue: { code: '0313', year: 2013, month: 3, endMonth: 3 },
      pageNumber: 28,
      modified: '2026-11-27T09:00:00.000Z',
    });
    expect(pages.map((p) => p.url)).toContain(FILE_URL);
  });

  it('keeps a stored quote that differs from the selector’s text, and only then', () => {
    const items = toBackup(sampleData(), NOW).first.items;
    expect(items[2]?.fsjGloss).toEqual({ quote: 'Organiza-\ntion' });
    expect(items.filter((a) => a.fsjGloss)).toHaveLength(1);
  });

  it('is written as JSON text with one line per page and per annotation', () => {
    const text = backupText(sampleData(), NOW);
    const backup = toBackup(sampleData(), NOW);
    expect(JSON.parse(text)).toEqual(backup);
    const lines = text.split('\n').map((line) => line.trim().replace(/,$/, ''));
    for (const entry of [...backup.fsjGloss.pages, ...backup.first.items]) {
      expect(lines).toContain(JSON.stringify(entry));
    }
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes text that looks like JSON or a replacement pattern as it is', () => {
    const data = sampleData();
    data.highlights[0]!.note = '"items": [] $& $\' $` $1 ]} {"pages": []}';
    data.pages[0]!.title = '"pages": [] $&';
    expect(JSON.parse(backupText(data, NOW))).toEqual(toBackup(data, NOW));
  });

  it('names the file after the day it was made', () => {
    expect(backupFileName(NOW)).toBe('fsj-gloss-backup-2026-12-01.json');
  });
});

describe('reading a backup back', () => {
  it('gives exactly the records that were written, in the same order, and counts them', () => {
    const result = readBackup(backupText(sampleData(), NOW));
    expect(result).toEqual({
      ok: true,
      data: sampleData(),
      counts: { pages: 4, highlights: 4, termNotes: 3 },
    });
  });

  it('reads an empty backup as no records', () => {
    const empty = { pages: [], highlights: [], termNotes: [] };
    expect(readBackup(backupText(empty, NOW))).toEqual({
      ok: true,
      data: empty,
      counts: { pages: 0, highlights: 0, termNotes: 0 },
    });
  });

  it('keeps HTML and Markdown in notes, tags and titles as the very same text', () => {
    const result = readBackup(backupText(sampleData(), NOW));
    if (!result.ok) throw new Error(result.error);
    expect(result.data.highlights[0]?.note).toBe(HTML_NOTE);
    expect(result.data.highlights[0]?.tags[0]).toBe('<b>bold</b>');
    expect(result.data.pages[1]?.title).toContain('<script>alert("x")</script>');
  });

  it('accepts what other Web Annotation writers may do: a byte order mark, unused properties, one body not in a list, selectors in either order, no prefix or suffix', () => {
    const doc = parsedBackup();
    const [first, second] = doc.first.items as Json[];
    first!.creator = { type: 'Person', name: 'Reader' };
    first!.stylesheet = { type: 'CssStylesheet', value: '.green { background: #c5e1a5 }' };
    first!.target.selector.reverse();
    second!.body = { type: 'TextualBody', purpose: 'tagging', value: 'one' };
    delete second!.target.selector[0].prefix;
    delete second!.target.selector[0].suffix;
    const result = readBackup(`\uFEFF${JSON.stringify(doc)}`);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.highlights[0]).toEqual(sampleData().highlights[0]);
    expect(result.data.highlights[1]).toMatchObject({
      tags: ['one'],
      selectors: { quote: { prefix: '', suffix: '' } },
    });
  });
});

describe('refusing a file as a whole', () => {
  it('refuses a 50 MB file by its size, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"x":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    expect(errorOf(huge)).toMatch(
      /^This file is too large to be an FSJ Gloss backup \(50\.0 MB; the limit is 25 MB\)/,
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it('accepts a file just under the limit as far as size goes', () => {
    const doc = parsedBackup();
    const text = JSON.stringify(doc);
    const padded = text + ' '.repeat(MAX_BACKUP_BYTES - text.length);
    expect(readBackup(padded).ok).toBe(true);
  });

  it('says an empty file is empty', () => {
    expect(errorOf('  \n')).toBe('This file is empty. Nothing was imported.');
  });

  it('says a file that is not JSON is not a JSON file', () => {
    for (const text of [
      'hello',
      'page,quote,note\n1,a,b',
      '<!doctype html><p>{"a":1}</p>',
      "{'a': 1}",
    ]) {
      expect(errorOf(text)).toMatch(
        /^This file is not a JSON file, so it is not an FSJ Gloss backup/,
      );
    }
  });

  it('says a backup cut off anywhere is cut short', () => {
    const text = backupText(sampleData(), NOW);
    for (const fraction of [0.01, 0.25, 0.5, 0.77, 0.999]) {
      const cut = text.slice(0, Math.floor(text.length * fraction));
      expect(errorOf(cut)).toMatch(
        /^This backup is cut short: the file ends before the backup does/,
      );
    }
  });

  it('says JSON of another kind is not an FSJ Gloss backup', () => {
    for (const doc of [[], '"text"', 42, null, { a: 1 }, { '@context': 'https://schema.org' }]) {
      expect(errorOf(doc)).toBe(
        'This file is not an FSJ Gloss backup: it is not in the W3C Web Annotation format. Nothing was imported.',
      );
    }
  });

  it('says web annotations written by another tool are not an FSJ Gloss backup', () => {
    const doc = parsedBackup();
    delete doc.fsjGloss;
    expect(errorOf(doc)).toBe(
      'This file holds web annotations, but it is not an FSJ Gloss backup. Nothing was imported.',
    );
    expect(errorOf({ '@context': ANNO_CONTEXT, type: 'Annotation', target: PAGE_URL })).toMatch(
      /not an FSJ Gloss backup/,
    );
  });

  it('says a backup from a newer version was made by a newer version', () => {
    const doc = parsedBackup();
    doc.fsjGloss.format = BACKUP_FORMAT + 1;
    expect(errorOf(doc)).toBe(
      `This backup was made by a newer version of FSJ Gloss (backup format ${BACKUP_FORMAT + 1}; this version reads format ${BACKUP_FORMAT}). Update the extension, then import it again. Nothing was imported.`,
    );
  });

  it('says a format version FSJ Gloss never made is not one of its backups', () => {
    for (const format of [0, '1', 1.5, null]) {
      const doc = parsedBackup();
      doc.fsjGloss.format = format;
      expect(errorOf(doc)).toMatch(/its format version is not one FSJ Gloss has made/);
    }
  });

  it('says so when the file holds fewer annotations than it announces', () => {
    const doc = parsedBackup();
    doc.first.items.pop();
    expect(errorOf(doc)).toBe(
      'The backup is damaged: it says it holds 7 annotations but has 6. Nothing was imported.',
    );
  });
});

it('a highlight whose note is only a space is still a note (only an empty note is none)', () => {
  const result = readBackup(backupText(sampleData(), NOW));
  expect(result.ok && result.data.highlights[3]?.note).toBe(' ');
  expect(toBackup(sampleData(), NOW).first.items[3]?.motivation).toBe('commenting');
});
