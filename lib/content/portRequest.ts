// One request, one answer, over a fresh port to a document of the extension's own: the content
// script's end of lib/background/tabPort.ts. For what is too big for the service worker's message
// loop (a page's copy, an article's text).

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
