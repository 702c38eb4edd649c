// The background's page readers, against a small fake of the extension API. In Chrome: what it
// asks the browser for before each page's copy is sent to the offscreen document (the reader's
// own entries and the document are looked up once, not per page, and the document is told the
// entries only when they change), when it looks again, and what it says when the document fails.
import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { createPageReaders, OFFSCREEN_PATH } from '../../../lib/background/articleReader';
import { USER_ENTRIES_KEY } from '../../../lib/glossary/userEntries';
import type { PageCopy, ReadingEntriesMessage } from '../../../lib/messaging/article';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

function fakeBrowser(stored: Record<string, unknown> = {}) {
  const calls = { storageReads: 0, contextLookups: 0, documentsCreated: 0 };
  const received: ReadingEntriesMessage[] = [];
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
      sendMessage: async (request: ReadingEntriesMessage) => {
        if (!documentOpen) throw new Error('Receiving end does not exist.');
        received.push(request);
        return { ready: true };
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

describe('createPageReaders (Chrome: the offscreen document reads)', () => {
  it('reads nothing itself: the copy goes to the document, not through the service worker', () => {
    expect(createPageReaders(fakeBrowser().api, null).read).toBeNull();
  });

  it('opens the document once, reads the stored entries once, and tells it them once', async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [{ name: 'Mine' }] });
    const { prepare } = createPageReaders(fake.api, null);
    for (let i = 0; i < 3; i++) await prepare();
    expect(fake.calls).toEqual({ storageReads: 1, contextLookups: 1, documentsCreated: 1 });
    expect(fake.received).toEqual([
      { type: 'gloss:reading-entries', userEntries: [{ name: 'Mine' }] },
    ]);
  });

  it("tells the document the reader's entries again after they change", async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [] });
    const { prepare } = createPageReaders(fake.api, null);
    await prepare();
    fake.change(USER_ENTRIES_KEY, [{ name: 'New' }]);
    await prepare();
    expect(fake.received.map((r) => r.userEntries)).toEqual([[], [{ name: 'New' }]]);
    expect(fake.calls.storageReads).toBe(2);
  });

  it('ignores changes to other settings', async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: [] });
    const { prepare } = createPageReaders(fake.api, null);
    await prepare();
    fake.change('colorNames', ['Sun']);
    await prepare();
    expect(fake.calls.storageReads).toBe(1);
    expect(fake.received).toHaveLength(1);
  });

  it('opens the document again when it has gone away, and tells the new one the entries', async () => {
    const fake = fakeBrowser();
    const { prepare } = createPageReaders(fake.api, null);
    await prepare();
    fake.closeDocument();
    fake.change(USER_ENTRIES_KEY, ['x']);
    await prepare();
    expect(fake.calls.documentsCreated).toBe(2);
    expect(fake.received).toHaveLength(2);
  });

  it('rejects with the reason when the document cannot be opened', async () => {
    const fake = fakeBrowser();
    (fake.api.offscreen as unknown as { createDocument: () => Promise<void> }).createDocument =
      () => Promise.reject(new Error('offscreen documents are not allowed'));
    await expect(createPageReaders(fake.api, null).prepare()).rejects.toThrow(
      'offscreen documents are not allowed',
    );
  });
});

describe('createPageReaders (a background with a DOM: reading here)', () => {
  it("reads here with the reader's stored entries, read once", async () => {
    const fake = fakeBrowser({ [USER_ENTRIES_KEY]: ['stored'] });
    const seen: unknown[] = [];
    const { prepare, read } = createPageReaders(fake.api, (_copy, entries) => {
      seen.push(entries);
      return { reading: null };
    });
    await prepare();
    await read!(copy);
    await read!(copy);
    expect(seen).toEqual([['stored'], ['stored']]);
    expect(fake.calls).toEqual({ storageReads: 1, contextLookups: 0, documentsCreated: 0 });
  });
});
