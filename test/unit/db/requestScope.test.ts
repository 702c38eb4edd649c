// What a page's content script may ask the store: only about its own site's pages. The
// extension's own pages may ask anything.
import { describe, expect, it } from 'vitest';
import {
  handleScopedRequest,
  scopeOfSender,
  siteOf,
  type RequestScope,
} from '../../../lib/db/requestScope';
import { saveHighlight, saveTermNote } from '../../../lib/db/store';
import {
  makeHighlight,
  makePage,
  makeTermNote,
  openGloss,
  PAGE_URL,
  storedHighlights,
} from './testDb';

const EXTENSION = 'chrome-extension://abcdefghijklmnop/';
const FSJ: RequestScope = { kind: 'page', pageUrl: PAGE_URL };
const FORUM: RequestScope = { kind: 'page', pageUrl: 'https://forum.afsa.org/x.html' };
const ELSEWHERE: RequestScope = { kind: 'page', pageUrl: 'https://example.org/copy.html' };
const OWN: RequestScope = { kind: 'extension' };

async function withSaved() {
  const db = await openGloss();
  await saveHighlight(db, makePage(), makeHighlight('h1', 0, { note: 'private' }));
  await saveTermNote(db, makeTermNote('n1', 'iom'));
  await saveTermNote(
    db,
    makeTermNote('n2', 'iom', { pageUrl: 'https://example.org/a', note: 'elsewhere' }),
  );
  return db;
}

describe('scopeOfSender', () => {
  it('tells the extension’s own pages from a content script’s page', () => {
    expect(scopeOfSender({ url: `${EXTENSION}notes.html` }, EXTENSION)).toEqual(OWN);
    expect(scopeOfSender({ url: `${EXTENSION}reader.html`, tab: {} }, EXTENSION)).toEqual(OWN);
    expect(scopeOfSender({ url: PAGE_URL, tab: {} }, EXTENSION)).toEqual(FSJ);
  });

  it('gives no scope to a sender the browser names no address or tab for', () => {
    expect(scopeOfSender({}, EXTENSION)).toBeNull();
    expect(scopeOfSender({ url: PAGE_URL }, EXTENSION)).toBeNull();
  });
});

describe('siteOf', () => {
  it('is the host without www, whatever the scheme', () => {
    expect(siteOf('http://www.afsa.org/a')).toBe('afsa.org');
    expect(siteOf('https://afsa.org/b')).toBe('afsa.org');
    expect(siteOf('https://forum.afsa.org/b')).toBe('forum.afsa.org');
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('handleScopedRequest', () => {
  it('lists a page’s highlights for its own site, and for the extension', async () => {
    const db = await withSaved();
    const request = { type: 'gloss:highlights:list', pageUrl: PAGE_URL };
    const fromPage = await handleScopedRequest(db, request, FSJ);
    expect(fromPage.ok && (fromPage.value as { note: string }[])[0]!.note).toBe('private');
    expect((await handleScopedRequest(db, request, OWN)).ok).toBe(true);
  });

  it('refuses another site’s page, even a sister site of afsa.org', async () => {
    const db = await withSaved();
    for (const scope of [FORUM, ELSEWHERE]) {
      const reply = await handleScopedRequest(
        db,
        { type: 'gloss:highlights:list', pageUrl: PAGE_URL },
        scope,
      );
      expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid' } });
      expect(!reply.ok && reply.error.message).toMatch(/another site; nothing was changed/);
    }
  });

  it('lets no other site change or delete a highlight by its id', async () => {
    const db = await withSaved();
    const update = {
      type: 'gloss:highlights:update',
      id: 'h1',
      changes: { note: 'defaced' },
      base: { note: 'private' },
    };
    expect((await handleScopedRequest(db, update, ELSEWHERE)).ok).toBe(false);
    expect(
      (await handleScopedRequest(db, { type: 'gloss:highlights:delete', id: 'h1' }, FORUM)).ok,
    ).toBe(false);
    expect((await storedHighlights(db)).map((h) => h.note)).toEqual(['private']);
    expect((await handleScopedRequest(db, update, FSJ)).ok).toBe(true);
    expect((await storedHighlights(db)).map((h) => h.note)).toEqual(['defaced']);
  });

  it('refuses a save filed under another site’s address', async () => {
    const db = await openGloss();
    const reply = await handleScopedRequest(
      db,
      { type: 'gloss:highlights:save', page: makePage(), highlight: makeHighlight('h9') },
      ELSEWHERE,
    );
    expect(reply.ok).toBe(false);
    expect(await storedHighlights(db)).toEqual([]);
  });

  it('lets no page reach notes on an organization, which only the extension’s pages keep', async () => {
    const db = await withSaved();
    const note = makeTermNote('n3', 'iom');
    const requests = [
      { type: 'gloss:term-notes:list', entryId: 'iom' },
      { type: 'gloss:term-notes:save', note },
      {
        type: 'gloss:term-notes:update',
        id: 'n1',
        changes: { note: 'defaced' },
        base: { note: makeTermNote('n1').note },
      },
      { type: 'gloss:term-notes:delete', id: 'n1' },
    ];
    for (const scope of [FSJ, FORUM, ELSEWHERE]) {
      for (const request of requests) {
        const reply = await handleScopedRequest(db, request, scope);
        expect(!reply.ok && reply.error.message, request.type).toMatch(
          /may not reach notes on an organization/,
        );
      }
    }
    const listed = await handleScopedRequest(db, requests[0], OWN);
    expect(listed.ok && (listed.value as { note: string }[]).map((n) => n.note)).toEqual([
      'Joined the UN system in 2016.',
      'elsewhere',
    ]);
    expect((await handleScopedRequest(db, requests[3]!, OWN)).ok).toBe(true);
  });

  it('leaves a malformed request to the store’s own validation', async () => {
    const db = await openGloss();
    const reply = await handleScopedRequest(db, { type: 'gloss:highlights:list' }, ELSEWHERE);
    expect(!reply.ok && reply.error.message).toMatch(/malformed/);
  });
});
