// What the "Your data" section does with the database: builds the Markdown export of everything
// (one document, or a zip of one file per article), the JSON backup, and imports a backup file.
// The component only shows buttons and messages; this module does the work.

import { importBackup } from '../../lib/db/importBackup';
import { readEverything } from '../../lib/db/readEverything';
import type { GlossDatabase } from '../../lib/db/schema';
import { MAX_BACKUP_BYTES } from '../../lib/export/backupFormat';
import { readBackup } from '../../lib/export/backupRead';
import { backupFileName, backupText } from '../../lib/export/backupWrite';
import { articlesFromRecords, collectionFileName, zipFileName } from '../../lib/export/everything';
import { toMarkdownFiles } from '../../lib/export/files';
import { importSummary } from '../../lib/export/importSummary';
import { toMarkdownCollection } from '../../lib/export/markdown';
import type { MarkdownOptions } from '../../lib/export/types';
import { zipMarkdownFiles } from '../../lib/export/zip';

/** A file ready to download. */
export interface MadeFile {
  name: string;
  content: string | Uint8Array<ArrayBuffer>;
  type: string;
}

/** One Markdown document with a section per article, or a zip with one file per article. */
export type MarkdownShape = 'document' | 'zip';

/** Every highlight and note as Markdown, in the shape the reader chose. */
export async function exportEverything(
  db: GlossDatabase,
  shape: MarkdownShape,
  options: Omit<MarkdownOptions, 'termNotes' | 'now'> & { now: number },
): Promise<{ file: MadeFile; articles: number }> {
  const data = await readEverything(db);
  const articles = articlesFromRecords(data.pages, data.highlights);
  const markdownOptions: MarkdownOptions = {
    ...options,
    now: () => options.now,
    termNotes: data.termNotes,
  };
  if (shape === 'document') {
    return {
      file: {
        name: collectionFileName(options.now),
        content: toMarkdownCollection(articles, markdownOptions),
        type: 'text/markdown',
      },
      articles: articles.length,
    };
  }
  const files = toMarkdownFiles(articles, markdownOptions);
  return {
    file: {
      name: zipFileName(options.now),
      content: zipMarkdownFiles(files, options.now) as Uint8Array<ArrayBuffer>,
      type: 'application/zip',
    },
    articles: articles.length,
  };
}

/** The JSON backup of everything, and how many annotations it holds. */
export async function makeBackup(
  db: GlossDatabase,
  now: number,
): Promise<{ file: MadeFile; annotations: number }> {
  const data = await readEverything(db);
  return {
    file: {
      name: backupFileName(now),
      content: backupText(data, now),
      type: 'application/ld+json',
    },
    annotations: data.highlights.length + data.termNotes.length,
  };
}

export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

const MB = 1024 * 1024;

/**
 * Reads, checks and imports a backup file: all or nothing. A file over the size limit is refused
 * before it is read; any problem leaves the database as it was and is said in one sentence.
 */
export async function importBackupFile(
  db: GlossDatabase,
  file: Pick<File, 'name' | 'size' | 'text'>,
): Promise<ImportOutcome> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      message: `${file.name} is too large to be an FSJ Gloss backup (${(file.size / MB).toFixed(1)} MB; the limit is ${MAX_BACKUP_BYTES / MB} MB). Nothing was imported.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name} could not be read. Nothing was imported.` };
  }
  const read = readBackup(text);
  if (!read.ok) return { ok: false, message: `${file.name}: ${read.error}` };
  const result = await importBackup(db, read.data);
  if (!result.ok) {
    const { message } = result.error;
    const nothing = /nothing was imported/i.test(message) ? '' : ' Nothing was imported.';
    return { ok: false, message: `${file.name}: ${message}${nothing}` };
  }
  return { ok: true, message: importSummary(file.name, result.counts) };
}
