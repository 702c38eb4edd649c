// The background's relay between a content script and its reader frame, against a small fake of
// the extension API: what is passed on, to which tab and frame, what is dropped, that a lost
// receiver is no error, and that the listener goes when its signal aborts.
import { describe, expect, it } from 'vitest';
import { relayReaderMessages, type RelayApi } from '../../../lib/background/readerRelay';
import { FOR_FRAME, FROM_FRAME, TO_FRAME } from '../../../lib/messaging/readerRelay';

type Listener = Parameters<RelayApi['runtime']['onMessage']['addListener']>[0];

function fakeApi(receiving = true) {
  const listeners = new Set<Listener>();
  const sent: { tabId: number; frameId: number; message: unknown }[] = [];
  const api: RelayApi = {
    runtime: {
      id: 'ext-id',
      getURL: () => 'chrome-extension://ext-id/',
      onMessage: {
        addListener: (l) => void listeners.add(l),
        removeListener: (l) => void listeners.delete(l),
      },
    },
    tabs: {
      sendMessage: (tabId, message, { frameId }) => {
        sent.push({ tabId, frameId, message });
        return receiving
          ? Promise.resolve(undefined)
          : Promise.reject(new Error('Receiving end does not exist.'));
      },
    },
  };
  const deliver = (message: unknown, sender: Parameters<Listener>[1]) =>
    [...listeners].map((l) => l(message, sender));
  return { api, sent, listeners, deliver };
}

const token = '0f'.repeat(16);
const page = { id: 'ext-id', url: 'https://www.afsa.org/a', tab: { id: 3 }, frameId: 0 };
const frame = {
  id: 'ext-id',
  url: `chrome-extension://ext-id/reader.html#${token}`,
  tab: { id: 3 },
  frameId: 6,
};

describe('relayReaderMessages', () => {
  it('passes each end’s message to the other, in the same tab, answering neither', () => {
    const { api, sent, deliver } = fakeApi();
    relayReaderMessages(api);
    const show = { type: TO_FRAME, token, frameId: 6, message: { type: 'hide' } };
    expect(deliver(show, page)).toEqual([undefined]);
    expect(deliver({ type: FROM_FRAME, message: { type: 'ready' } }, frame)).toEqual([undefined]);
    expect(sent).toEqual([
      { tabId: 3, frameId: 6, message: { type: FOR_FRAME, token, message: { type: 'hide' } } },
      {
        tabId: 3,
        frameId: 0,
        message: { type: 'gloss:reader-for-page', token, frameId: 6, message: { type: 'ready' } },
      },
    ]);
  });

  it('drops what is not a reader message from its own ends, and a lost receiver quietly', async () => {
    const { api, sent, deliver } = fakeApi(false);
    relayReaderMessages(api);
    deliver({ type: FROM_FRAME, message: { type: 'ready' } }, { ...frame, id: 'other' });
    deliver({ type: 'gloss:status' }, page);
    expect(sent).toEqual([]);
    deliver({ type: FROM_FRAME, message: { type: 'ready' } }, frame);
    expect(sent).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // no unhandled rejection
  });

  it('stops when its signal aborts', () => {
    const { api, listeners } = fakeApi();
    const stop = new AbortController();
    relayReaderMessages(api, stop.signal);
    expect(listeners.size).toBe(1);
    stop.abort();
    expect(listeners.size).toBe(0);
  });
});
