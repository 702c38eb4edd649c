// isStoreRequest: the background accepts only well-formed store requests. The content script
// shares a renderer with the web page, so every field of every request is checked.
import { describe, expect, it } from 'vitest';
import {
  isStoreRequest,
  isStoreRequestType,
  storeRequestProblem,
} from '../../../lib/messaging/validateStore';
import {
  MAX_CONTEXT_LENGTH,
  MAX_ENTRY_IDS,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
} from '../../../lib/model/limits';
import { STORE_REQUEST_TYPES, type StoreRequest } from '../../../lib/messaging/store';
import { makeHighlight, makePage, makeTermNote } from '../db/testDb';

/** One well-formed request of every type. */
const valid: StoreRequest[] = [
  { type: 'gloss:highlights:list', pageUrl: 'https://www.afsa.org/a' },
  { type: 'gloss:highlights:save', page: makePage(), highlight: makeHighlight('h1') },
  { type: 'gloss:highlights:restore', page: makePage(), highlight: makeHighlight('h1') },
  {
    type: 'gloss:highlights:update',
    id: 'h1',
    changes: { note: 'n', tags: ['a'] },
    base: { note: '', tags: [] },
  },
  { type: 'gloss:highlights:delete', id: 'h1' },
  { type: 'gloss:term-notes:list', entryId: 'iom' },
  { type: 'gloss:term-notes:save', note: makeTermNote('n1') },
  { type: 'gloss:term-notes:update', id: 'n1', changes: { note: 'n' }, base: { note: '' } },
  { type: 'gloss:term-notes:delete', id: 'n1' },
];

/** A save request whose highlight has `overrides` applied (fields set to undefined are removed). */
function saveWith(overrides: Record<string, unknown>): unknown {
  const highlight: Record<string, unknown> = { ...makeHighlight('h1'), ...overrides };
  for (const key of Object.keys(highlight)) {
    if (highlight[key] === undefined) delete highlight[key];
  }
  return { type: 'gloss:highlights:save', page: makePage(), highlight };
}

function pageWith(overrides: Record<string, unknown>): unknown {
  return {
    type: 'gloss:highlights:save',
    page: { ...makePage(), ...overrides },
    highlight: makeHighlight('h1'),
  };
}

describe('isStoreRequest', () => {
  it('accepts a well-formed request of every type', () => {
    expect(valid.map((r) => r.type).sort()).toEqual([...STORE_REQUEST_TYPES].sort());
    for (const request of valid) expect(storeRequestProblem(request), request.type).toBeNull();
  });

  it('accepts an annual report, a combined issue and a page with no issue', () => {
    for (const issue of [
      { code: 'ar2013', year: 2013, month: null, endMonth: null },
      { code: '070813', year: 2013, month: 7, endMonth: 8 },
      null,
    ]) {
      expect(isStoreRequest(pageWith({ issue, pageNumber: issue ? 3 : null }))).toBe(true);
    }
  });

  it('rejects values that are not requests', () => {
    for (const value of [undefined, null, 42, 'gloss:highlights:list', [], {}, new Date()]) {
      expect(isStoreRequest(value), String(value)).toBe(false);
    }
    expect(isStoreRequest({ type: 'gloss:highlights:purge' })).toBe(false);
    expect(isStoreRequest({ type: 'gloss:entry', id: 'iom' })).toBe(false);
  });

  it('rejects missing and unexpected fields', () => {
    expect(isStoreRequest({ type: 'gloss:highlights:delete' })).toBe(false);
    expect(isStoreRequest({ type: 'gloss:highlights:delete', id: 'h1', extra: 1 })).toBe(false);
    expect(isStoreRequest(saveWith({ note: undefined }))).toBe(false);
    expect(isStoreRequest(saveWith({ html: '<img onerror=x>' }))).toBe(false);
    expect(isStoreRequest(pageWith({ favicon: 'data:' }))).toBe(false);
    expect(
      storeRequestProblem(JSON.parse('{"type":"gloss:highlights:delete","id":"h","__proto__":{}}')),
    ).toMatch(/unexpected field/);
  });

  it('rejects empty, overlong and non-string ids', () => {
    for (const id of ['', '   ', 'x'.repeat(MAX_ID_LENGTH + 1), 7, null, 'a\u0000b']) {
      expect(isStoreRequest({ type: 'gloss:highlights:delete', id }), JSON.stringify(id)).toBe(
        false,
      );
      expect(isStoreRequest({ type: 'gloss:term-notes:list', entryId: id })).toBe(false);
    }
    expect(isStoreRequest(saveWith({ id: '' }))).toBe(false);
  });

  it('rejects addresses that are not http(s) or file addresses', () => {
    for (const pageUrl of ['', 'not a url', 'javascript:alert(1)', 'data:text/html,x', 42]) {
      expect(isStoreRequest({ type: 'gloss:highlights:list', pageUrl }), String(pageUrl)).toBe(
        false,
      );
    }
    expect(isStoreRequest({ type: 'gloss:highlights:list', pageUrl: 'file:///tmp/a.html' })).toBe(
      true,
    );
  });

  it('rejects a highlight filed under another page than the one sent with it', () => {
    expect(storeRequestProblem(saveWith({ pageUrl: 'https://example.org/other' }))).toBe(
      'highlight.pageUrl is not page.url',
    );
  });

  it('checks the colour against the palette', () => {
    for (const color of ['red', 'Yellow', '', '#fff59d', null]) {
      expect(isStoreRequest(saveWith({ color })), String(color)).toBe(false);
    }
  });

  it('checks the sizes of quote, note, context, tags and entry ids', () => {
    const longQuote = 'q'.repeat(MAX_QUOTE_LENGTH + 1);
    expect(isStoreRequest(saveWith({ quote: longQuote }))).toBe(false);
    expect(isStoreRequest(saveWith({ quote: '' }))).toBe(false);
    expect(isStoreRequest(saveWith({ note: 'n'.repeat(MAX_NOTE_LENGTH) }))).toBe(true);
    expect(isStoreRequest(saveWith({ note: 'n'.repeat(MAX_NOTE_LENGTH + 1) }))).toBe(false);
    expect(
      isStoreRequest(saveWith({ tags: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`) })),
    ).toBe(true);
    expect(
      isStoreRequest(saveWith({ tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) })),
    ).toBe(false);
    expect(isStoreRequest(saveWith({ tags: ['x'.repeat(MAX_TAG_LENGTH + 1)] }))).toBe(false);
    expect(isStoreRequest(saveWith({ entryIds: Array(MAX_ENTRY_IDS + 1).fill('iom') }))).toBe(
      false,
    );
    const selectors = makeHighlight('h1').selectors;
    const longPrefix = {
      ...selectors,
      quote: { ...selectors.quote, prefix: 'p'.repeat(MAX_CONTEXT_LENGTH + 1) },
    };
    expect(isStoreRequest(saveWith({ selectors: longPrefix }))).toBe(false);
    expect(isStoreRequest(pageWith({ title: 't'.repeat(MAX_TITLE_LENGTH + 1) }))).toBe(false);
  });

  it('requires tags and entry ids to be lists of non-blank strings', () => {
    for (const tags of ['a,b', [1], [''], ['  '], [null], { 0: 'a' }]) {
      expect(isStoreRequest(saveWith({ tags })), JSON.stringify(tags)).toBe(false);
    }
    for (const entryIds of ['iom', [''], [3]]) {
      expect(isStoreRequest(saveWith({ entryIds })), JSON.stringify(entryIds)).toBe(false);
    }
  });

  it('checks the selectors: their types, text and a forward position range', () => {
    const { quote, position } = makeHighlight('h1').selectors;
    for (const selectors of [
      null,
      { quote },
      { quote: { ...quote, type: 'RangeSelector' }, position },
      { quote: { ...quote, exact: '' }, position },
      { quote: { ...quote, prefix: 3 }, position },
      { quote, position: { ...position, start: -1 } },
      { quote, position: { ...position, start: 1.5 } },
      { quote, position: { ...position, end: position.start - 1 } },
      { quote, position: { ...position, end: Number.NaN } },
      { quote, position, extra: true },
    ]) {
      expect(isStoreRequest(saveWith({ selectors })), JSON.stringify(selectors)).toBe(false);
    }
  });

  it('checks times and the page record’s issue and page number', () => {
    for (const createdAt of [-1, Number.POSITIVE_INFINITY, '2026-11-27', null]) {
      expect(isStoreRequest(saveWith({ createdAt })), String(createdAt)).toBe(false);
    }
    for (const overrides of [
      { pageNumber: 0 },
      { pageNumber: 2.5 },
      { pageNumber: '28' },
      { issue: { code: '0313', year: 2013, month: 13, endMonth: 13 } },
      { issue: { code: '0313', year: 2013, month: 3, endMonth: null } },
      { issue: { code: '070813', year: 2013, month: 8, endMonth: 7 } },
      { issue: { code: 'DROP TABLE', year: 2013, month: 3, endMonth: 3 } },
      { issue: { code: '0313', year: 2013, month: 3 } },
      { updatedAt: undefined },
    ]) {
      const request = pageWith(overrides) as { page: Record<string, unknown> };
      if ('updatedAt' in overrides) delete request.page.updatedAt;
      expect(isStoreRequest(request), JSON.stringify(overrides)).toBe(false);
    }
  });

  it('accepts only known, well-typed, non-empty changes in an update', () => {
    const update = (changes: unknown) => ({
      type: 'gloss:highlights:update',
      id: 'h1',
      changes,
      base: changes,
    });
    expect(isStoreRequest(update({ color: 'green' }))).toBe(true);
    expect(isStoreRequest(update({ selectors: makeHighlight('h1').selectors }))).toBe(true);
    for (const changes of [
      {},
      null,
      { color: 'red' },
      { note: 5 },
      { pageUrl: 'https://example.org/' },
      { id: 'other' },
      { updatedAt: 0 },
      { createdAt: 0 },
      { tags: 'a' },
    ]) {
      expect(isStoreRequest(update(changes)), JSON.stringify(changes)).toBe(false);
    }
  });

  it('an update says what the edit started from: exactly the fields it changes, well formed', () => {
    const update = (base: unknown, changes: unknown = { note: 'new', tags: ['a'] }) => ({
      type: 'gloss:highlights:update',
      id: 'h1',
      changes,
      base,
    });
    expect(storeRequestProblem(update({ note: 'old', tags: [] }))).toBeNull();
    const withoutBase: Record<string, unknown> = update({ note: 'old', tags: [] });
    delete withoutBase.base;
    expect(storeRequestProblem(withoutBase)).toBe('request.base is missing');
    expect(storeRequestProblem(update({ note: 'old' }))).toBe('base.tags is missing');
    expect(storeRequestProblem(update({ note: 'old', tags: [], color: 'blue' }))).toBe(
      'base has an unexpected field "color"',
    );
    expect(storeRequestProblem(update({ color: 'red' }, { color: 'blue' }))).toBe(
      'base.color is not one of yellow, green, blue, pink, purple',
    );
    expect(storeRequestProblem(update({ note: 'n'.repeat(MAX_NOTE_LENGTH + 1), tags: [] }))).toBe(
      `base.note is longer than ${MAX_NOTE_LENGTH} characters`,
    );
    expect(isStoreRequest(update(null))).toBe(false);
    expect(isStoreRequest(update([]))).toBe(false);
  });

  it('an update of a note on an organization changes its text and nothing else', () => {
    const update = (changes: unknown, base: unknown = changes) => ({
      type: 'gloss:term-notes:update',
      id: 'n1',
      changes,
      base,
    });
    expect(isStoreRequest(update({ note: 'new' }, { note: '' }))).toBe(true);
    for (const changes of [
      {},
      { entryId: 'unhcr' },
      { pageUrl: 'https://www.afsa.org/b' },
      { updatedAt: 0 },
      { note: 5 },
    ]) {
      expect(isStoreRequest(update(changes)), JSON.stringify(changes)).toBe(false);
    }
    expect(isStoreRequest(update({ note: 'new' }, {}))).toBe(false);
    expect(isStoreRequest({ type: 'gloss:term-notes:update', id: '', changes: {}, base: {} })).toBe(
      false,
    );
  });

  it('checks term notes: ids, entry, note length, address, times', () => {
    const save = (overrides: Record<string, unknown>) => ({
      type: 'gloss:term-notes:save',
      note: { ...makeTermNote('n1'), ...overrides },
    });
    expect(isStoreRequest(save({ note: '' }))).toBe(true);
    for (const overrides of [
      { id: '' },
      { entryId: '' },
      { note: 'n'.repeat(MAX_NOTE_LENGTH + 1) },
      { pageUrl: 'chrome://settings' },
      { updatedAt: 'now' },
      { extra: 1 },
    ]) {
      expect(isStoreRequest(save(overrides)), JSON.stringify(overrides)).toBe(false);
    }
  });

  it('says what is wrong, for the error reply', () => {
    expect(storeRequestProblem(saveWith({ color: 'red' }))).toBe(
      'highlight.color is not one of yellow, green, blue, pink, purple',
    );
    expect(storeRequestProblem({ type: 'gloss:highlights:delete' })).toBe('request.id is missing');
  });
});

describe('isStoreRequestType', () => {
  it('recognizes a store request by its type alone, so a malformed one still gets a reply', () => {
    expect(isStoreRequestType({ type: 'gloss:highlights:save' })).toBe(true);
    expect(isStoreRequestType({ type: 'gloss:entry', id: 'iom' })).toBe(false);
    expect(isStoreRequestType(null)).toBe(false);
  });
});
