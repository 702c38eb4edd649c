// How the content script answers the popup and the background: each request reaches the feature
// that owns it, a slow one is answered when done, strangers are left alone, and nothing is heard
// once the content script is gone.
import { describe, expect, it } from 'vitest';
import {
  answerPopup,
  listenToPopup,
  type PopupAnswer,
  type PopupFeatures,
  type PopupRuntime,
} from '../../../lib/content/popupRequests';
import type { TabStatus } from '../../../lib/messaging/popup';

const status = (state: TabStatus['state']): TabStatus => ({
  state,
  scope: 'article',
  title: 'Page 9',
  issue: null,
  pageNumber: null,
  host: 'www.afsa.org',
  terms: [],
  highlights: [],
});

function recordingFeatures() {
  const calls: string[] = [];
  const features: PopupFeatures = {
    status: () => (calls.push('status'), status('ready')),
    annotatePage: async () => (calls.push('annotatePage'), status('ready')),
    article: () => (
      calls.push('article'),
      {
        page: {
          url: 'https://www.afsa.org/x',
          title: 'x',
          issue: null,
          pageNumber: null,
          updatedAt: 0,
        },
        text: 'IOM',
        entryIds: ['iom'],
      }
    ),
    scrollToTerm: (id) => (calls.push(`scrollToTerm ${id}`), id === 'iom'),
    scrollToHighlight: (id) => (calls.push(`scrollToHighlight ${id}`), false),
    reattach: (id) => (calls.push(`reattach ${id}`), true),
    selectionCommand: (action) => (
      calls.push(`selectionCommand ${action}`),
      { done: false, reason: 'no-selection' }
    ),
  };
  return { calls, features };
}

function fakeRuntime() {
  const listeners = new Set<Parameters<PopupRuntime['onMessage']['addListener']>[0]>();
  const runtime: PopupRuntime = {
    onMessage: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
  };
  /** Sends like the browser: every listener, and the answer of the first that gives one. */
  const send = (message: unknown) =>
    new Promise<{ answer: PopupAnswer | undefined; kept: boolean }>((resolve) => {
      let kept = false;
      let answered = false;
      for (const listener of listeners) {
        const result = listener(message, {}, (answer) => {
          answered = true;
          resolve({ answer, kept });
        });
        if (result === true) kept = true;
      }
      if (!answered && !kept) resolve({ answer: undefined, kept });
    });
  return { runtime, listeners, send };
}

describe('answering the popup', () => {
  it('gives each request to the feature that owns it', async () => {
    const { calls, features } = recordingFeatures();
    expect(answerPopup({ type: 'gloss:scroll-to', entryId: 'iom' }, features)).toEqual({
      found: true,
    });
    expect(answerPopup({ type: 'gloss:scroll-to-highlight', id: 'h1' }, features)).toEqual({
      found: false,
    });
    expect(answerPopup({ type: 'gloss:reattach', id: 'h2' }, features)).toEqual({ found: true });
    expect(answerPopup({ type: 'gloss:selection-command', action: 'note' }, features)).toEqual({
      done: false,
      reason: 'no-selection',
    });
    expect(answerPopup({ type: 'gloss:status' }, features)).toMatchObject({ state: 'ready' });
    expect(answerPopup({ type: 'gloss:article' }, features)).toMatchObject({ entryIds: ['iom'] });
    await expect(answerPopup({ type: 'gloss:annotate-page' }, features)).resolves.toMatchObject({
      state: 'ready',
    });
    expect(calls).toEqual([
      'scrollToTerm iom',
      'scrollToHighlight h1',
      'reattach h2',
      'selectionCommand note',
      'status',
      'article',
      'annotatePage',
    ]);
  });

  it('answers at once, and keeps the channel open only for a request that takes a trip', async () => {
    const { features } = recordingFeatures();
    const { runtime, send } = fakeRuntime();
    listenToPopup(runtime, new AbortController().signal, features);
    expect(await send({ type: 'gloss:status' })).toMatchObject({
      kept: false,
      answer: { state: 'ready' },
    });
    expect(await send({ type: 'gloss:annotate-page' })).toMatchObject({
      kept: true,
      answer: { state: 'ready' },
    });
  });

  it('leaves messages that are not its own to other listeners, malformed ones included', async () => {
    const { calls, features } = recordingFeatures();
    const { runtime, send } = fakeRuntime();
    listenToPopup(runtime, new AbortController().signal, features);
    for (const message of [
      { type: 'gloss:highlights:save' },
      { type: 'gloss:scroll-to', entryId: 7 },
      { type: 'gloss:selection-command', action: 'delete' },
      'gloss:status',
      null,
    ]) {
      expect(await send(message)).toEqual({ answer: undefined, kept: false });
    }
    expect(calls).toEqual([]);
  });

  it('stops listening when the content script is invalidated', () => {
    const { features } = recordingFeatures();
    const { runtime, listeners } = fakeRuntime();
    const controller = new AbortController();
    listenToPopup(runtime, controller.signal, features);
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    listenToPopup(runtime, controller.signal, features);
    expect(listeners.size).toBe(0);
  });
});
