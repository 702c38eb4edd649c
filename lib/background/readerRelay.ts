// The background's part in the reader frame's channel (lib/messaging/readerRelay.ts): each message
// from a content script to its reader frame, or back, is checked against its sender and passed on
// to the other end in the same tab. It keeps nothing between messages. It takes the extension API
// as a parameter so that tests can drive it with a small fake.

import {
  routeReaderMessage,
  type ForFrame,
  type ForPage,
  type SenderLike,
} from '../messaging/readerRelay';

type Listener = (message: unknown, sender: SenderLike) => undefined;

/** The part of the extension API this module uses (the real `browser` object fits it). */
export interface RelayApi {
  runtime: {
    id: string;
    getURL(path: '/'): string;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  tabs: {
    sendMessage(
      tabId: number,
      message: ForFrame | ForPage,
      options: { frameId: number },
    ): Promise<unknown>;
  };
}

/** Passes reader messages on until `signal` aborts (the background's, for its whole life). */
export function relayReaderMessages(api: RelayApi, signal?: AbortSignal): void {
  const self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  const listener: Listener = (message, sender) => {
    const delivery = routeReaderMessage(message, sender, self);
    if (delivery === null) return undefined;
    const { tabId, frameId } = delivery;
    // The other end is gone (the tab navigated or closed): nothing to tell.
    api.tabs.sendMessage(tabId, delivery.message, { frameId }).catch(() => undefined);
    return undefined;
  };
  api.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => api.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
