// The background's page reader in Chrome, against a small fake of the extension API: what it asks
// the browser for on each page (the reader's own entries and the offscreen document are looked up
// once, not per page), when it looks again, and what it says when the reading document fails.
import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { createPageReader, OFFSCREEN_PATH } from '../../../lib/background/articleReader';
import { USER_ENTRIES_KEY } from '../../../lib/glossary/userEntries';
import type { PageCopy, ReadPageRequest } from '../../../lib/messaging/article';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

function fakeBrowser(stored: Record<string, unknown> = {}) {
  const calls = { storageReads: 0, contextLookups: 0, documentsCreated: 0 };
  const received: ReadPageRequest[] = [];
  const listeners: ChangeListener[] = [];
  let documentOpen = false;
  const api = {
    storage: {
      local: {
        get: async (key: string) => {
          calls.storageReads++;
          return { [key]: stored[key] };
        },
      },
      onChanged: { addListener: (listener: ChangeListener) => listeners.push(listener) },
    },
    runtime: {
      getContexts: async () => {
        calls.contextLookups++;
        return documentOpen ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [];
      },
      sendMessage: async (request: ReadPageRequest) => {
        if (!documentOpen) throw new Error('Receiving end does not exist.');
        received.push(request);
        return { reading: null };
      },
    },
    offscreen: {
      createDocument: async (options: { url: string }) => {
        expect(options.url).toBe(OFFSCREEN_PATH);
        calls.documentsCreated++;
        documentOpen = true;
      },
    },
  };
  return {
    api: api as unknown as WxtBrowser,
    calls,
    received,
    closeDocument: () => (documentOpen = false),
    change: (key: string, value: unknown) => {
      stored[key] = value;
      for (const listener of listeners) listener({ [key]: { newValue: value } }, 'local');
    },
  };
}

const copy: PageCopy = { html: '<p>IOM</p>', scope: 'article', elementCount: 1 };

describe('createPageReader (Chrome: through the offscreen document)', () => {
  it('opens the reading document once and reads the stored entries once for many pages', async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [{ name: 'Mine' }] });
    const read = createPageReader(fake.api, null);
    for (let i = 0; i < 3; i++) expect(await read(copy)).toEqual({ reading: null });
    expect(fake.calls).toEqual({ storageReads: 1, contextLookups: 1, documentsCreated: 1 });
    expect(fake.received.map((r) => r.userEntries)).toEqual(Array(3).fill([{ name: 'Mine' }]));
  });

  it("sends the reader's entries as they are after a change", async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [] });
    const read = createPageReader(fake.api, null);
    await read(copy);
    fake.change(USER_ENTRIES_KEY, [{ name: 'New' }]);
    await read(copy);
    expect(fake.received.map((r) => r.userEntries)).toEqual([[], [{ name: 'New' }]]);
    expect(fake.calls.storageReads).toBe(2);
  });

  it('ignores changes to other settings', async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [] });
    const read = createPageReader(fake.api, null);
    await read(copy);
    fake.change('colorNames', ['Sun']);
    await read(copy);
    expect(fake.calls.storageReads).toBe(1);
  });

  it('opens the document again when it has gone away, and the page is still read', async () => {
    const fake = fakeBrowser();
    const read = createPageReader(fake.api, null);
    await read(copy);
    fake.closeDocument();
    expect(await read(copy)).toEqual({ reading: null });
    expect(fake.calls.documentsCreated).toBe(2);
    expect(fake.received).toHaveLength(2);
  });

  it('answers with the error, never rejecting, when the document cannot be opened', async () => {
    const fake = fakeBrowser();
    (fake.api.offscreen as unknown as { createDocument: () => Promise<void> }).createDocument =
      () => Promise.reject(new Error('offscreen documents are not allowed'));
    const read = createPageReader(fake.api, null);
    expect(await read(copy)).toEqual({ error: 'offscreen documents are not allowed' });
  });
});

describe('createPageReader (a background with a DOM: reading here)', () => {
  it("reads here with the reader's stored entries, read once", async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: ['stored'] });
    const seen: unknown[] = [];
    const read = createPageReader(fake.api, (_copy, entries) => {
      seen.push(entries);
      return { reading: null };
    });
    await read(copy);
    await read(copy);
    expect(seen).toEqual([['stored'], ['stored']]);
    expect(fake.calls).toEqual({ storageReads: 1, contextLookups: 0, documentsCreated: 0 });
  });
});
