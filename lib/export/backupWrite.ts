// Writes the JSON backup: every page, highlight and note on a glossary entry as one W3C Web
// Annotation collection (see backupFormat.ts for the shape). Pure: records in, plain object out.

import type { HighlightRecord, PageRecord, TermNoteRecord } from '../db/types';
import {
  ANNO_CONTEXT,
  annotationIri,
  BACKUP_FORMAT,
  BACKUP_URN,
  entryIri,
  type AnnotationBody,
  type BackupAnnotation,
  type BackupData,
  type BackupDocument,
  type BackupPage,
} from './backupFormat';

const iso = (time: number): string => new Date(time).toISOString();

function pageEntry(page: PageRecord): BackupPage {
  return {
    url: page.url,
    title: page.title,
    issue: page.issue ? { ...page.issue } : null,
    pageNumber: page.pageNumber,
    modified: iso(page.updatedAt),
  };
}

function highlightAnnotation(h: HighlightRecord): BackupAnnotation {
  const body: AnnotationBody[] = [];
  if (h.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: h.note });
  }
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const entryId of h.entryIds) {
    body.push({ type: 'SpecificResource', purpose: 'identifying', source: entryIri(entryId) });
  }
  const annotation: BackupAnnotation = {
    id: annotationIri(h.id, 'highlight'),
    type: 'Annotation',
    created: iso(h.createdAt),
    modified: iso(h.updatedAt),
    motivation: h.note !== '' ? 'commenting' : 'highlighting',
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: h.pageUrl,
      styleClass: h.color,
      selector: [{ ...h.selectors.quote }, { ...h.selectors.position }],
    },
  };
  if (h.quote !== h.selectors.quote.exact) annotation.fsjGloss = { quote: h.quote };
  return annotation;
}

function termNoteAnnotation(n: TermNoteRecord): BackupAnnotation {
  return {
    id: annotationIri(n.id, 'termNote'),
    type: 'Annotation',
    created: iso(n.createdAt),
    modified: iso(n.updatedAt),
    motivation: 'commenting',
    body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: n.note }],
    target: { source: entryIri(n.entryId), scope: n.pageUrl },
  };
}

/**
 * The backup of everything, ready for `JSON.stringify`: a standard Web Annotation collection that
 * other annotation tools can read, carrying enough (pages, colours, exact times, ids) that
 * importing it into an empty profile gives back exactly the same records. Highlights come first,
 * in the order given, then notes on glossary entries. `now` stamps the file.
 */
export function toBackup(data: BackupData, now: number): BackupDocument {
  const items = [
    ...data.highlights.map(highlightAnnotation),
    ...data.termNotes.map(termNoteAnnotation),
  ];
  const id = BACKUP_URN + String(now);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'FSJ Gloss backup',
    generator: { id: 'urn:fsj-gloss', type: 'Software', name: 'FSJ Gloss' },
    generated: iso(now),
    fsjGloss: { format: BACKUP_FORMAT, pages: data.pages.map(pageEntry) },
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** A JSON list with one compact entry per line, indented to sit at `depth` in the document. */
function oneEntryPerLine(entries: readonly unknown[], depth: number): string {
  if (entries.length === 0) return '[]';
  const indent = ' '.repeat(2 * depth);
  const lines = entries.map((entry) => indent + JSON.stringify(entry)).join(',\n');
  return `[\n${lines}\n${' '.repeat(2 * (depth - 1))}]`;
}

/**
 * The backup as the text of a `.json` file: the collection's own fields indented, then one line
 * per page and per annotation. That keeps the file readable and diffable at about two thirds of
 * the size of fully indented JSON (10,000 highlights take about 11 MB), well inside the reader's
 * limit.
 */
export function backupText(data: BackupData, now: number): string {
  const backup = toBackup(data, now);
  const skeleton: BackupDocument = {
    ...backup,
    fsjGloss: { ...backup.fsjGloss, pages: [] },
    first: { ...backup.first, items: [] },
  };
  // The skeleton holds no text from the user, so each empty list appears exactly once; the
  // replacements are functions so that `$` in the user's text is never read as a pattern.
  return `${JSON.stringify(skeleton, null, 2)
    .replace('"pages": []', () => `"pages": ${oneEntryPerLine(backup.fsjGloss.pages, 3)}`)
    .replace('"items": []', () => `"items": ${oneEntryPerLine(backup.first.items, 3)}`)}\n`;
}

/** A file name that sorts by date, e.g. `fsj-gloss-backup-2026-11-27.json`. */
export function backupFileName(now: number): string {
  return `fsj-gloss-backup-${iso(now).slice(0, 10)}.json`;
}
