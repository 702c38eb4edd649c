// Checks every store request that reaches the background, field by field: the content script
// shares a renderer with the web page, so a message may be forged or bloated.

import { HIGHLIGHT_COLORS, type HighlightChanges, type TermNoteChanges } from '../db/types';
import {
  has,
  id,
  integer,
  isPlainObject,
  list,
  shape,
  text,
  time,
  url,
  type Check,
  type Fields,
  type Problem,
} from './requestChecks';
import { STORE_REQUEST_TYPES, type StoreRequest } from './store';

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

/** Says whether a value claims to be a store request, so the background answers even a bad one. */
export function isStoreRequestType(value: unknown): boolean {
  return isPlainObject(value) && (STORE_REQUEST_TYPES as readonly unknown[]).includes(value.type);
}

const tag = (value: unknown, where: string): Problem =>
  typeof value === 'string' && value.trim() === ''
    ? `${where} is blank`
    : text(value, where, 1, MAX_TAG_LENGTH);

function color(value: unknown, where: string): Problem {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value)
    ? null
    : `${where} is not one of ${HIGHLIGHT_COLORS.join(', ')}`;
}

function issue(value: unknown, where: string): Problem {
  if (value === null) return null;
  const keys = shape(value, where, ['code', 'year', 'month', 'endMonth']);
  if (keys) return keys;
  const v = value as Fields;
  if (typeof v.code !== 'string' || !/^(\d{4}|\d{6}|ar\d{4})$/.test(v.code))
    return `${where}.code is not an issue code`;
  const problem = integer(v.year, `${where}.year`, 1900, 2200);
  if (problem) return problem;
  if (v.month === null || v.endMonth === null) {
    return v.month === v.endMonth ? null : `${where} has only one of month and endMonth`;
  }
  return (
    integer(v.month, `${where}.month`, 1, 12) ??
    integer(v.endMonth, `${where}.endMonth`, v.month as number, 12)
  );
}

function page(value: unknown, where: string): Problem {
  const keys = shape(value, where, ['url', 'title', 'issue', 'pageNumber', 'updatedAt']);
  if (keys) return keys;
  const v = value as Fields;
  return (
    url(v.url, `${where}.url`) ??
    text(v.title, `${where}.title`, 0, MAX_TITLE_LENGTH) ??
    issue(v.issue, `${where}.issue`) ??
    (v.pageNumber === null ? null : integer(v.pageNumber, `${where}.pageNumber`, 1, MAX_OFFSET)) ??
    time(v.updatedAt, `${where}.updatedAt`)
  );
}

/** An object with a `type` field naming what it is, and exactly these other fields. */
function typed(value: unknown, where: string, type: string, keys: readonly string[]): Problem {
  const problem = shape(value, where, ['type', ...keys]);
  if (problem) return problem;
  return (value as Fields).type === type ? null : `${where}.type is not ${type}`;
}

/** What is wrong with a highlight's selectors (also checked where highlights are placed: placing.ts). */
export function selectorsProblem(value: unknown, where: string): Problem {
  const keys = shape(value, where, ['quote', 'position']);
  if (keys) return keys;
  const { quote, position } = value as Fields;
  const [q, p] = [`${where}.quote`, `${where}.position`];
  const problem =
    typed(quote, q, 'TextQuoteSelector', ['exact', 'prefix', 'suffix']) ??
    typed(position, p, 'TextPositionSelector', ['start', 'end']);
  if (problem) return problem;
  const [qv, pv] = [quote as Fields, position as Fields];
  return (
    text(qv.exact, `${q}.exact`, 1, MAX_QUOTE_LENGTH) ??
    text(qv.prefix, `${q}.prefix`, 0, MAX_CONTEXT_LENGTH) ??
    text(qv.suffix, `${q}.suffix`, 0, MAX_CONTEXT_LENGTH) ??
    integer(pv.start, `${p}.start`, 0, MAX_OFFSET) ??
    integer(pv.end, `${p}.end`, pv.start as number, MAX_OFFSET)
  );
}

/** Checks for each field a highlight's changes may carry. */
const CHANGE_CHECKS: Record<keyof HighlightChanges, Check> = {
  note: (v, w) => text(v, w, 0, MAX_NOTE_LENGTH),
  tags: (v, w) => list(v, w, MAX_TAGS, tag),
  color,
  selectors: selectorsProblem,
  quote: (v, w) => text(v, w, 1, MAX_QUOTE_LENGTH),
  entryIds: (v, w) => list(v, w, MAX_ENTRY_IDS, id),
};
const CHANGE_KEYS = Object.keys(CHANGE_CHECKS) as (keyof HighlightChanges)[];

/** And for each field a note on a glossary entry's changes may carry. */
const TERM_NOTE_CHANGE_CHECKS: Record<keyof TermNoteChanges, Check> = {
  note: CHANGE_CHECKS.note,
};

function changes(
  value: unknown,
  where: string,
  checks: Record<string, Check> = CHANGE_CHECKS,
): Problem {
  const keys = shape(value, where, Object.keys(checks), true);
  if (keys) return keys;
  const v = value as Fields;
  if (Object.keys(v).length === 0) return `${where} changes nothing`;
  for (const [key, check] of Object.entries(checks)) {
    if (has(v, key)) {
      const problem = check(v[key], `${where}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * An update: its changes, then in `base` the values the edit started from, for exactly the fields
 * it changes (no more, none missing), each as well formed as a change.
 */
function update(v: Fields, checks: Record<string, Check>): Problem {
  const problem =
    shape(v, 'request', ['type', 'id', 'changes', 'base']) ??
    id(v.id, 'id') ??
    changes(v.changes, 'changes', checks);
  if (problem) return problem;
  const changed = Object.keys(v.changes as Fields);
  const keys = shape(v.base, 'base', changed);
  if (keys) return keys;
  for (const key of changed) {
    const wrong = checks[key]!((v.base as Fields)[key], `base.${key}`);
    if (wrong) return wrong;
  }
  return null;
}

function highlight(value: unknown, where: string): Problem {
  const others = ['id', 'pageUrl', 'createdAt', 'updatedAt'];
  const keys = shape(value, where, [...others, ...CHANGE_KEYS]);
  if (keys) return keys;
  const v = value as Fields;
  const fields = Object.fromEntries(CHANGE_KEYS.map((key) => [key, v[key]]));
  return (
    id(v.id, `${where}.id`) ??
    url(v.pageUrl, `${where}.pageUrl`) ??
    changes(fields, where) ??
    time(v.createdAt, `${where}.createdAt`) ??
    time(v.updatedAt, `${where}.updatedAt`)
  );
}

function termNote(value: unknown, where: string): Problem {
  const keys = shape(value, where, ['id', 'entryId', 'note', 'pageUrl', 'createdAt', 'updatedAt']);
  if (keys) return keys;
  const v = value as Fields;
  return (
    id(v.id, `${where}.id`) ??
    id(v.entryId, `${where}.entryId`) ??
    text(v.note, `${where}.note`, 0, MAX_NOTE_LENGTH) ??
    url(v.pageUrl, `${where}.pageUrl`) ??
    time(v.createdAt, `${where}.createdAt`) ??
    time(v.updatedAt, `${where}.updatedAt`)
  );
}

function pageAndHighlight(v: Fields): Problem {
  const problem = page(v.page, 'page') ?? highlight(v.highlight, 'highlight');
  if (problem) return problem;
  const samePage = (v.highlight as Fields).pageUrl === (v.page as Fields).url;
  return samePage ? null : 'highlight.pageUrl is not page.url';
}

/**
 * What is wrong with a value received as a store request, or null when it is a well-formed one:
 * the exact fields of its type, each of the right type and within the limits above. The reason is
 * for logs and error replies.
 */
export function storeRequestProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'the request is not an object';
  const v: Fields = value;
  switch (v.type) {
    case 'gloss:highlights:list':
      return shape(v, 'request', ['type', 'pageUrl']) ?? url(v.pageUrl, 'pageUrl');
    case 'gloss:highlights:save':
    case 'gloss:highlights:restore':
      return shape(v, 'request', ['type', 'page', 'highlight']) ?? pageAndHighlight(v);
    case 'gloss:highlights:update':
      return update(v, CHANGE_CHECKS);
    case 'gloss:term-notes:update':
      return update(v, TERM_NOTE_CHANGE_CHECKS);
    case 'gloss:highlights:delete':
    case 'gloss:term-notes:delete':
      return shape(v, 'request', ['type', 'id']) ?? id(v.id, 'id');
    case 'gloss:term-notes:list':
      return shape(v, 'request', ['type', 'entryId']) ?? id(v.entryId, 'entryId');
    case 'gloss:term-notes:save':
      return shape(v, 'request', ['type', 'note']) ?? termNote(v.note, 'note');
    default:
      return 'the request type is not a store request';
  }
}

/** Tells whether a value received over runtime messaging is a well-formed store request. */
export function isStoreRequest(value: unknown): value is StoreRequest {
  return storeRequestProblem(value) === null;
}
