// The JSON backup's format: a W3C Web Annotation collection (JSON-LD), the identifiers it mints
// and the limits the reader enforces. Shared by the writer (backupWrite.ts), the reader
// (backupRead.ts) and the import (lib/db/importBackup.ts).
//
// One file holds one AnnotationCollection with a single embedded AnnotationPage:
// - each highlight is an Annotation whose target is the page (`source`) with a TextQuoteSelector
//   and a TextPositionSelector, and whose `styleClass` names its colour (one of the palette's five
//   names); the note is a TextualBody ("commenting", text/plain), each tag a TextualBody
//   ("tagging"), each glossary entry the passage names a SpecificResource ("identifying") whose
//   source is `urn:fsj-gloss:entry:<id>`;
// - each note on a glossary entry is an Annotation ("commenting") whose target is the entry's URN,
//   with the page it was written on as the target's `scope`;
// - what W3C has no word for sits in `fsjGloss` objects: the format version and the page records
//   (title, FSJ issue, page number) on the collection; on a highlight, its stored quote when it
//   differs from the selector's `exact`.

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type {
  FsjIssue,
  HighlightColor,
  HighlightRecord,
  PageRecord,
  TermNoteRecord,
} from '../db/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Raised whenever the file's shape changes, so an older reader can say it is too new. */
export const BACKUP_FORMAT = 1;

/**
 * The largest backup accepted: 25 MiB. The reader compares the text's length in characters, which
 * is never more than its size in bytes, so a file that passes a `File.size` check passes here too.
 */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

export const ENTRY_URN = 'urn:fsj-gloss:entry:';
export const UUID_URN = 'urn:uuid:';
/** Prefixes for ids that are not UUIDs (records made by tests or older builds). */
export const HIGHLIGHT_URN = 'urn:fsj-gloss:highlight:';
export const TERM_NOTE_URN = 'urn:fsj-gloss:note:';
export const BACKUP_URN = 'urn:fsj-gloss:backup:';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything a backup holds, as the database stores it. */
export interface BackupData {
  pages: PageRecord[];
  highlights: HighlightRecord[];
  termNotes: TermNoteRecord[];
}

export interface BackupCounts {
  pages: number;
  highlights: number;
  termNotes: number;
}

export interface CommentBody {
  type: 'TextualBody';
  purpose: 'commenting';
  format: 'text/plain';
  value: string;
}

export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}

export interface EntryBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: string;
}

export type AnnotationBody = CommentBody | TagBody | EntryBody;

export interface PassageTarget {
  source: string;
  styleClass: HighlightColor;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface EntryTarget {
  source: string;
  scope: string;
}

export interface BackupAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body?: AnnotationBody[];
  target: PassageTarget | EntryTarget;
  /** Present only when the stored quote differs from the selector's `exact`. */
  fsjGloss?: { quote: string };
}

/** A page record, with its time as an ISO string like every time in the file. */
export interface BackupPage {
  url: string;
  title: string;
  issue: FsjIssue | null;
  pageNumber: number | null;
  modified: string;
}

export interface BackupDocument {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  fsjGloss: { format: typeof BACKUP_FORMAT; pages: BackupPage[] };
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: BackupAnnotation[] };
}

/** The annotation's IRI: `urn:uuid:` for UUIDs, otherwise a URN that keeps any id intact. */
export function annotationIri(id: string, kind: 'highlight' | 'termNote'): string {
  if (UUID.test(id)) return UUID_URN + id;
  return (kind === 'highlight' ? HIGHLIGHT_URN : TERM_NOTE_URN) + encodeURIComponent(id);
}

/** The record id an annotation IRI stands for, or null when it is not one this format mints. */
export function idFromIri(iri: string, kind: 'highlight' | 'termNote'): string | null {
  if (iri.startsWith(UUID_URN)) {
    const id = iri.slice(UUID_URN.length);
    return UUID.test(id) ? id : null;
  }
  const prefix = kind === 'highlight' ? HIGHLIGHT_URN : TERM_NOTE_URN;
  return iri.startsWith(prefix) ? decodeOrNull(iri.slice(prefix.length)) : null;
}

export function entryIri(entryId: string): string {
  return ENTRY_URN + encodeURIComponent(entryId);
}

/** The glossary entry id a URN names, or null when it is not an entry URN. */
export function entryIdFromIri(iri: string): string | null {
  return iri.startsWith(ENTRY_URN) ? decodeOrNull(iri.slice(ENTRY_URN.length)) : null;
}

function decodeOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
