// The content script's end of the reader frame (lib/messaging/readerFrame.ts): the frame's address
// with a fresh pairing token, the runtime port opened once the frame has loaded, and the view now
// shown. A view is sent only when it changed, so a re-render of the page's UI never resets what
// the reader is typing; acts and sizes for a view that was replaced are dropped.

import { browser, type Browser } from 'wxt/browser';
import {
  isFromFrame,
  pairingToken,
  READER_FRAME_PAGE,
  READER_PORT_PREFIX,
  type ReaderAct,
  type ReaderView,
  type ToFrame,
} from '../../lib/messaging/readerFrame';

export interface ReaderLink {
  /** The iframe's address: the frame page, and the token after `#`. */
  readonly src: string;
  /** Connects to the frame once `iframe` (showing `src`) has loaded. */
  attach(iframe: HTMLIFrameElement): void;
  /**
   * Shows `view`; the reader's acts on it go to `onAct`. True when it was sent (it changed), false
   * when the frame shows it already.
   */
  show(view: ReaderView, focus: boolean, onAct: (act: ReaderAct) => void): boolean;
  hide(): void;
  /** Called with the height of what the frame draws, each time it changes. */
  onHeight(listener: (height: number) => void): void;
}

export function createReaderLink(signal: AbortSignal): ReaderLink {
  const token = pairingToken();
  const src = `${browser.runtime.getURL(READER_FRAME_PAGE)}#${token}`;
  let port: Browser.runtime.Port | null = null;
  let attached: HTMLIFrameElement | null = null;
  let last: ToFrame = { type: 'hide' };
  let lastKey = '';
  let seq = 0;
  let act: (act: ReaderAct) => void = () => undefined;
  let height: (height: number) => void = () => undefined;

  const post = (message: ToFrame) => {
    last = message;
    try {
      port?.postMessage(message);
    } catch {
      port = null; // the frame went away; the next load connects again
    }
  };
  const connect = () => {
    port?.disconnect();
    port = browser.runtime.connect({ name: READER_PORT_PREFIX + token });
    port.onMessage.addListener((message: unknown) => {
      if (!isFromFrame(message) || message.seq !== seq) return;
      if (message.type === 'size') height(message.height);
      else act(message);
    });
    port.onDisconnect.addListener(() => (port = null));
    port.postMessage(last);
  };
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });

  return {
    src,
    attach(iframe) {
      if (attached === iframe) return;
      attached = iframe;
      // Each load is a new page in the frame (the first, or one the browser reloaded).
      iframe.addEventListener('load', connect, { signal });
    },
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
