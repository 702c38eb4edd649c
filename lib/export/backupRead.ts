// Reads a JSON backup file back into records, checking all of it before anything is used: its
// size, that it is JSON and complete, that it is an FSJ Gloss backup of a format this version
// knows, and every field of every entry. The first problem found is reported with where it is;
// a file with any problem gives no records at all.

import {
  ANNO_CONTEXT,
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  type BackupCounts,
  type BackupData,
} from './backupFormat';
import { BackupProblem, exactFields, fail, isPlainObject, list, within } from './backupChecks';
import { readAnnotation, readPage } from './backupItems';

export type ReadBackupResult =
  { ok: true; data: BackupData; counts: BackupCounts } | { ok: false; error: string };

const NOTHING = 'Nothing was imported.';
const MB = 1024 * 1024;

/** More entries than any backup within the size limit could hold; bounds the lists' lengths. */
const MAX_ENTRIES = MAX_BACKUP_BYTES / 100;

/**
 * Whether text that failed to parse looks like JSON cut off before its end: a string still open,
 * or more brackets opened than closed. Worked out here because browsers word parse errors
 * differently.
 */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

function parse(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') fail(`This file is empty. ${NOTHING}`);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    if (/^[[{]/.test(body) && endsEarly(body)) {
      fail(
        `This backup is cut short: the file ends before the backup does (it may not have finished downloading or copying). ${NOTHING}`,
      );
    }
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    return fail(
      `This file is not a JSON file, so it is not an FSJ Gloss backup${detail}. ${NOTHING}`,
    );
  }
}

function hasAnnoContext(value: unknown): boolean {
  return value === ANNO_CONTEXT || (Array.isArray(value) && value.includes(ANNO_CONTEXT));
}

/** The collection's checks that come before any entry: what the file is and which format. */
function envelope(doc: unknown): { pages: unknown[]; items: unknown[] } {
  if (!isPlainObject(doc) || !hasAnnoContext(doc['@context'])) {
    fail(
      `This file is not an FSJ Gloss backup: it is not in the W3C Web Annotation format. ${NOTHING}`,
    );
  }
  if (!isPlainObject(doc.fsjGloss) || doc.type !== 'AnnotationCollection') {
    fail(`This file holds web annotations, but it is not an FSJ Gloss backup. ${NOTHING}`);
  }
  const format = doc.fsjGloss.format;
  if (typeof format === 'number' && Number.isInteger(format) && format > BACKUP_FORMAT) {
    fail(
      `This backup was made by a newer version of FSJ Gloss (backup format ${format}; this version reads format ${BACKUP_FORMAT}). Update the extension, then import it again. ${NOTHING}`,
    );
  }
  if (format !== BACKUP_FORMAT) {
    fail(
      `This file is not an FSJ Gloss backup: its format version is not one FSJ Gloss has made. ${NOTHING}`,
    );
  }
  return within('The backup is damaged', () => {
    const meta = exactFields(doc.fsjGloss, 'its fsjGloss field', ['format', 'pages']);
    const pages = list(meta.pages, 'its list of pages', MAX_ENTRIES);
    const first = isPlainObject(doc.first) ? doc.first : fail('it has no page of annotations');
    if (first.next !== undefined) fail('it continues in another file, which cannot be read');
    const items = list(first.items, 'its list of annotations', MAX_ENTRIES);
    if (doc.total !== undefined && doc.total !== items.length) {
      fail(`it says it holds ${String(doc.total)} annotations but has ${items.length}`);
    }
    return { pages, items };
  });
}

function records(pages: unknown[], items: unknown[]): BackupData {
  const data: BackupData = { pages: [], highlights: [], termNotes: [] };
  const pageAt = new Map<string, number>();
  pages.forEach((value, i) => {
    const page = within(`Page entry ${i + 1} of the backup is damaged`, () => readPage(value));
    const earlier = pageAt.get(page.url);
    if (earlier !== undefined) {
      fail(`Page entries ${earlier + 1} and ${i + 1} of the backup are the same page`);
    }
    pageAt.set(page.url, i);
    data.pages.push(page);
  });
  const seen = { highlight: new Map<string, number>(), termNote: new Map<string, number>() };
  items.forEach((value, i) => {
    const item = within(`Item ${i + 1} of the backup is damaged`, () => readAnnotation(value));
    const earlier = seen[item.kind].get(item.record.id);
    if (earlier !== undefined) {
      fail(`Items ${earlier + 1} and ${i + 1} of the backup have the same id`);
    }
    seen[item.kind].set(item.record.id, i);
    if (item.kind === 'highlight') data.highlights.push(item.record);
    else data.termNotes.push(item.record);
  });
  return data;
}

/** Puts the finishing words on a problem found inside an entry. */
function sentence(message: string): string {
  if (message.endsWith(NOTHING)) return message;
  return `${message}. ${NOTHING}`;
}

/**
 * Reads a backup file's text into the records to import, or says in one sentence why it cannot:
 * too large (checked before parsing, so a huge file costs nothing), not JSON, cut short, not an
 * FSJ Gloss backup, made by a newer version, or the first damaged field and where it is. Never
 * throws, and never returns part of a file. Text in the file (HTML included) is kept as text.
 */
export function readBackup(text: string): ReadBackupResult {
  if (text.length > MAX_BACKUP_BYTES) {
    const size = (text.length / MB).toFixed(1);
    return {
      ok: false,
      error: `This file is too large to be an FSJ Gloss backup (${size} MB; the limit is ${MAX_BACKUP_BYTES / MB} MB). ${NOTHING}`,
    };
  }
  try {
    const { pages, items } = envelope(parse(text));
    const data = records(pages, items);
    const counts = {
      pages: data.pages.length,
      highlights: data.highlights.length,
      termNotes: data.termNotes.length,
    };
    return { ok: true, data, counts };
  } catch (error) {
    if (error instanceof BackupProblem) return { ok: false, error: sentence(error.message) };
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    return { ok: false, error: `The backup could not be read${detail}. ${NOTHING}` };
  }
}
