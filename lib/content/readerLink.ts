// The content script's end of the reader frame (lib/messaging/readerFrame.ts): the frame's address
// with a fresh pairing token, the messages to and from it through the background
// (lib/messaging/readerRelay.ts), and the view now shown. The frame says when its page has loaded,
// and is then sent that view; a view is sent only when it changed, so a re-render of the page's UI
// never resets what the reader is typing; acts and sizes for a view that was replaced are dropped.

import {
  pairingToken,
  READER_FRAME_PAGE,
  type ReaderAct,
  type ReaderView,
  type ToFrame,
} from '../messaging/readerFrame';
import { forPageOf, TO_FRAME, type ToFrameRequest } from '../messaging/readerRelay';

export interface ReaderLink {
  /** The iframe's address: the frame page, and the token after `#`. */
  readonly src: string;
  /**
   * Shows `view`; the reader's acts on it go to `onAct`. True when it was sent (it changed), false
   * when the frame shows it already.
   */
  show(view: ReaderView, focus: boolean, onAct: (act: ReaderAct) => void): boolean;
  hide(): void;
  /** Called with the height of what the frame draws, each time it changes. */
  onHeight(listener: (height: number) => void): void;
}

/** The part of `browser.runtime` the link uses. */
export interface ReaderLinkRuntime {
  readonly id: string;
  getURL(path: typeof READER_FRAME_PAGE): string;
  sendMessage(message: ToFrameRequest): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: Parameters<typeof forPageOf>[1]) => undefined,
    ): void;
    removeListener(
      listener: (message: unknown, sender: Parameters<typeof forPageOf>[1]) => undefined,
    ): void;
  };
}

/** The link to a reader frame not made yet; it listens until `signal` aborts. */
export function createReaderLink(runtime: ReaderLinkRuntime, signal: AbortSignal): ReaderLink {
  const token = pairingToken();
  const src = `${runtime.getURL(READER_FRAME_PAGE)}#${token}`;
  /** The frame's id in the tab, once its page has said it is ready (the browser's number). */
  let frameId: number | null = null;
  let last: ToFrame = { type: 'hide' };
  let lastKey = '';
  let seq = 0;
  let act: (act: ReaderAct) => void = () => undefined;
  let height: (height: number) => void = () => undefined;

  const post = (message: ToFrame) => {
    last = message;
    if (frameId === null || signal.aborted) return; // sent when the frame is ready
    const request: ToFrameRequest = { type: TO_FRAME, token, frameId, message };
    // Lost only when the extension went away (updated, reloaded): there is no frame to show it.
    runtime.sendMessage(request).catch(() => undefined);
  };

  const listener = (message: unknown, sender: Parameters<typeof forPageOf>[1]): undefined => {
    const heard = forPageOf(message, sender, token, runtime.id);
    if (heard === null) return undefined;
    if (heard.message.type === 'ready') {
      frameId = heard.frameId;
      post(last);
    } else if (heard.frameId === frameId && heard.message.seq === seq) {
      if (heard.message.type === 'size') height(heard.message.height);
      else act(heard.message);
    }
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), {
    once: true,
  });

  return {
    src,
    show(view, focus, onAct) {
      act = onAct;
      const key = JSON.stringify(view);
      if (key === lastKey && last.type === 'show') return false;
      lastKey = key;
      post({ type: 'show', seq: ++seq, view, focus });
      return true;
    },
    hide() {
      if (last.type === 'hide') return;
      lastKey = '';
      seq++;
      post({ type: 'hide' });
    },
    onHeight(listener) {
      height = listener;
    },
  };
}
