// The content script's way to the document that reads pages (Chrome's offscreen document,
// Firefox's background page): making it ready, then one request and one answer over a fresh port
// (the content script's end of lib/background/tabPort.ts), for what is too big for the service
// worker's message loop (a page's copy, an article's text).

import type { PrepareReadingRequest } from '../messaging/article';

/** The part of `browser.runtime` a request over a port uses. */
export interface PortOpener {
  connect(info: { name: string }): {
    onMessage: { addListener(listener: (message: unknown) => void): void };
    onDisconnect: { addListener(listener: () => void): void };
    postMessage(message: unknown): void;
    disconnect(): void;
  };
}

/** Sends `request` over a fresh port named `name`; the first answer, or why none came. */
export function askOverPort(runtime: PortOpener, name: string, request: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const port = runtime.connect({ name });
    port.onMessage.addListener((message: unknown) => {
      resolve(message);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => reject(new Error('the reading document went away')));
    port.postMessage(request);
  });
}

/** The part of `browser.runtime` the reading document is reached through. */
export interface ReadingRuntime extends PortOpener {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Makes the reading document ready (opened, given the reader's entries); throws why it is not. */
export async function prepareReadingDocument(runtime: ReadingRuntime): Promise<void> {
  const prepare: PrepareReadingRequest = { type: 'gloss:prepare-reading' };
  const ready: unknown = await runtime.sendMessage(prepare);
  if (typeof ready === 'object' && ready !== null && 'error' in ready) {
    throw new Error(String(ready.error));
  }
}
