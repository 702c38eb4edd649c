// Turns one entry of a backup (an annotation, or a page record) back into the record the database
// stores, checking every field it reads. Properties of the Web Annotation model that the extension
// does not use (creator, stylesheet…) are ignored; anything that would carry data the extension
// cannot keep (an unknown kind of body, a second note) is refused rather than dropped.

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import {
  HIGHLIGHT_COLORS,
  type FsjIssue,
  type HighlightColor,
  type HighlightRecord,
  type PageRecord,
  type TermNoteRecord,
} from '../db/types';
import {
  MAX_CONTEXT_LENGTH,
  MAX_ENTRY_IDS,
  MAX_NOTE_LENGTH,
  MAX_OFFSET,
  MAX_QUOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
} from '../model/limits';
import { entryIdFromIri, ENTRY_URN, idFromIri } from './backupFormat';
import {
  address,
  exactFields,
  fail,
  id,
  integer,
  isPlainObject,
  list,
  nonBlank,
  object,
  shown,
  text,
  time,
  type Fields,
} from './backupChecks';

export type BackupItem =
  { kind: 'highlight'; record: HighlightRecord } | { kind: 'termNote'; record: TermNoteRecord };

function issue(value: unknown): FsjIssue | null {
  if (value === null) return null;
  const v = exactFields(value, 'the issue', ['code', 'year', 'month', 'endMonth']);
  if (typeof v.code !== 'string' || !/^(\d{4}|\d{6}|ar\d{4})$/.test(v.code)) {
    fail(`the issue code ${shown(v.code)} is not an FSJ issue code`);
  }
  const year = integer(v.year, 'the issue’s year', 1900, 2200);
  if (v.month === null || v.endMonth === null) {
    if (v.month !== v.endMonth) fail('the issue has only one of its first and last month');
    return { code: v.code, year, month: null, endMonth: null };
  }
  const month = integer(v.month, 'the issue’s month', 1, 12);
  const endMonth = integer(v.endMonth, 'the issue’s last month', month, 12);
  return { code: v.code, year, month, endMonth };
}

/** A page record from the collection's `fsjGloss.pages` list. */
export function readPage(value: unknown): PageRecord {
  const v = exactFields(value, 'it', ['url', 'title', 'issue', 'pageNumber', 'modified']);
  return {
    url: address(v.url, 'the page address'),
    title: text(v.title, 'the title', 0, MAX_TITLE_LENGTH),
    issue: issue(v.issue),
    pageNumber:
      v.pageNumber === null ? null : integer(v.pageNumber, 'the page number', 1, MAX_OFFSET),
    updatedAt: time(v.modified, 'the modified time'),
  };
}

/** The annotation's bodies as a list, whichever form the file uses (none, one, or a list). */
function bodies(value: unknown): Fields[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((body, i) => object(body, `body ${i + 1}`));
}

function note(body: Fields, what: string): string {
  if (body.format !== undefined && body.format !== 'text/plain') {
    fail(`${what} is not plain text (its format is ${shown(body.format)})`);
  }
  return text(body.value, what, 0, MAX_NOTE_LENGTH);
}

/** The TextQuoteSelector and TextPositionSelector of a passage, in either order. */
function selectors(value: unknown): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const found = list(value, 'the target’s selector', 2).map((s, i) =>
    object(s, `selector ${i + 1}`),
  );
  const q = found.find((s) => s.type === 'TextQuoteSelector');
  const p = found.find((s) => s.type === 'TextPositionSelector');
  if (!q || !p) fail('the target does not have a TextQuoteSelector and a TextPositionSelector');
  const start = integer(p.start, 'the passage’s start', 0, MAX_OFFSET);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text(q.exact, 'the quoted passage', 1, MAX_QUOTE_LENGTH),
      prefix: text(
        q.prefix === undefined ? '' : q.prefix,
        'the text before the passage',
        0,
        MAX_CONTEXT_LENGTH,
      ),
      suffix: text(
        q.suffix === undefined ? '' : q.suffix,
        'the text after the passage',
        0,
        MAX_CONTEXT_LENGTH,
      ),
    },
    position: {
      type: 'TextPositionSelector',
      start,
      end: integer(p.end, 'the passage’s end', start, MAX_OFFSET),
    },
  };
}

function color(value: unknown): HighlightColor {
  if ((HIGHLIGHT_COLORS as readonly unknown[]).includes(value)) return value as HighlightColor;
  return fail(`the colour ${shown(value)} is not one of ${HIGHLIGHT_COLORS.join(', ')}`);
}

function times(a: Fields): { createdAt: number; updatedAt: number } {
  return {
    createdAt: time(a.created, 'the created time'),
    updatedAt: time(a.modified, 'the modified time'),
  };
}

function recordId(a: Fields, kind: 'highlight' | 'termNote'): string {
  const iri = text(a.id, 'the id', 1, 1000);
  const found = idFromIri(iri, kind);
  if (found === null) fail(`the id ${shown(iri)} is not one FSJ Gloss makes`);
  return id(found, 'the id');
}

function readHighlight(a: Fields, target: Fields): HighlightRecord {
  const found = selectors(target.selector);
  let note_ = '';
  const tags: string[] = [];
  const entryIds: string[] = [];
  let notes = 0;
  bodies(a.body).forEach((body, i) => {
    const what = `body ${i + 1}`;
    if (body.type === 'TextualBody' && body.purpose === 'commenting') {
      if (++notes > 1) fail(`${what} is a second note; a highlight has one`);
      note_ = note(body, 'the note');
    } else if (body.type === 'TextualBody' && body.purpose === 'tagging') {
      tags.push(nonBlank(body.value, `tag ${tags.length + 1}`, MAX_TAG_LENGTH));
    } else if (body.type === 'SpecificResource' && body.purpose === 'identifying') {
      const entryId = entryIdFromIri(text(body.source, `${what}’s source`, 1, 1000));
      if (entryId === null) fail(`${what} does not name a glossary entry`);
      entryIds.push(id(entryId, `${what}’s glossary entry`));
    } else {
      fail(`${what} is not a note, a tag or a glossary entry`);
    }
  });
  if (tags.length > MAX_TAGS) fail(`it has more than ${MAX_TAGS} tags`);
  if (entryIds.length > MAX_ENTRY_IDS) fail(`it names more than ${MAX_ENTRY_IDS} glossary entries`);
  let quote = found.quote.exact;
  if (a.fsjGloss !== undefined) {
    const extra = exactFields(a.fsjGloss, 'its fsjGloss field', ['quote']);
    quote = text(extra.quote, 'the stored quote', 1, MAX_QUOTE_LENGTH);
  }
  return {
    id: recordId(a, 'highlight'),
    pageUrl: address(target.source, 'the page address'),
    selectors: found,
    quote,
    color: color(target.styleClass),
    note: note_,
    tags,
    entryIds,
    ...times(a),
  };
}

function readTermNote(a: Fields, target: Fields): TermNoteRecord {
  const found = bodies(a.body);
  const body = found[0];
  if (found.length !== 1 || body?.type !== 'TextualBody' || body.purpose !== 'commenting') {
    fail('a note on an organization must have exactly one body, its text');
  }
  const entryId = entryIdFromIri(target.source as string);
  if (entryId === null) fail('the target does not name a glossary entry');
  return {
    id: recordId(a, 'termNote'),
    entryId: id(entryId, 'the glossary entry'),
    note: note(body, 'the note'),
    pageUrl: address(target.scope, 'the address of the page it was written on'),
    ...times(a),
  };
}

/**
 * One annotation as a highlight or a note on a glossary entry. Whether it is a note on an entry is
 * told by its target: the entry's URN rather than a page.
 */
export function readAnnotation(value: unknown): BackupItem {
  if (!isPlainObject(value)) fail('it is not an annotation');
  if (value.type !== 'Annotation') fail(`its type is ${shown(value.type)}, not "Annotation"`);
  const motivation = value.motivation;
  if (motivation !== undefined && motivation !== 'highlighting' && motivation !== 'commenting') {
    fail(`its motivation ${shown(motivation)} is neither highlighting nor commenting`);
  }
  const target = object(value.target, 'its target');
  if (typeof target.source === 'string' && target.source.startsWith(ENTRY_URN)) {
    return { kind: 'termNote', record: readTermNote(value, target) };
  }
  return { kind: 'highlight', record: readHighlight(value, target) };
}
