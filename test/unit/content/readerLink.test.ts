// The content script's end of the reader frame, against a small fake of the extension API: nothing
// is sent before the frame says it is ready, then the view now shown; only the background's
// wrapping of its own frame's message counts; acts and sizes for a replaced view are dropped; the
// listener goes when the content script's signal aborts.
import { beforeEach, describe, expect, it } from 'vitest';
import { createReaderLink } from '../../../lib/content/readerLink';
import { FOR_PAGE, TO_FRAME } from '../../../lib/messaging/readerRelay';

type Listener = (message: unknown, sender: object) => unknown;
const listeners = new Set<Listener>();
const sent: unknown[] = [];

const runtime = {
  id: 'ext-id',
  getURL: (path: string) => `chrome-extension://ext-id${path}`,
  sendMessage: (message: unknown) => {
    sent.push(message);
    return Promise.resolve(undefined);
  },
  onMessage: {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
  },
};

const background = { id: 'ext-id' };
const view = { kind: 'term-notes', entryId: 'iom', name: 'IOM', pageUrl: 'https://a.b/' } as const;

function linked() {
  const stop = new AbortController();
  const link = createReaderLink(runtime, stop.signal);
  const token = link.src.split('#')[1]!;
  const fromFrame = (message: unknown, frameId = 5, sender: object = background) => {
    for (const l of listeners) l({ type: FOR_PAGE, token, frameId, message }, sender);
  };
  return { link, token, fromFrame, stop };
}

beforeEach(() => {
  listeners.clear();
  sent.length = 0;
});

describe('createReaderLink', () => {
  it('addresses the reader page with a fresh token, and waits for the frame to be ready', () => {
    const { link, token, fromFrame } = linked();
    expect(link.src).toBe(`chrome-extension://ext-id/reader.html#${token}`);
    expect(link.show(view, false, () => undefined)).toBe(true);
    expect(link.show(view, false, () => undefined)).toBe(false);
    expect(sent).toEqual([]);
    fromFrame({ type: 'ready' });
    expect(sent).toEqual([
      { type: TO_FRAME, token, frameId: 5, message: { type: 'show', seq: 1, view, focus: false } },
    ]);
    link.hide();
    expect(sent.at(-1)).toEqual({ type: TO_FRAME, token, frameId: 5, message: { type: 'hide' } });
  });

  it('hands on acts and sizes of the view shown, from its frame through the background only', () => {
    const { link, fromFrame } = linked();
    const acts: unknown[] = [];
    const heights: number[] = [];
    link.onHeight((h) => heights.push(h));
    link.show(view, false, (act) => acts.push(act));
    fromFrame({ type: 'ready' });
    fromFrame({ type: 'act', seq: 1, act: 'close' });
    fromFrame({ type: 'size', seq: 1, width: 300, height: 80 });
    // Not the frame that said it was ready, not the background, not its token, a replaced view.
    fromFrame({ type: 'act', seq: 1, act: 'delete' }, 6);
    fromFrame({ type: 'act', seq: 1, act: 'delete' }, 5, { id: 'ext-id', tab: { id: 1 } });
    const before = sent.length;
    for (const l of listeners) {
      l(
        { type: FOR_PAGE, token: 'ee'.repeat(16), frameId: 5, message: { type: 'ready' } },
        background,
      );
    }
    expect(sent).toHaveLength(before); // a ready with another token is not answered
    link.show({ ...view, entryId: 'unhcr' }, false, (act) => acts.push(act));
    fromFrame({ type: 'act', seq: 1, act: 'delete' });
    expect(acts).toEqual([{ type: 'act', seq: 1, act: 'close' }]);
    expect(heights).toEqual([80]);
  });

  it('stops listening when its signal aborts', () => {
    const { stop } = linked();
    expect(listeners.size).toBe(1);
    stop.abort();
    expect(listeners.size).toBe(0);
  });
});
