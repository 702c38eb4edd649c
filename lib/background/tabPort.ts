// One request, one answer, over a port a content script opened to a document of the extension's
// own (Chrome's offscreen document, Firefox's background page): the end that answers. Ports carry
// what is too big for the service worker's message loop (a page's copy, an article's text).

/** The part of a runtime port this end uses. */
export interface TabPort<Reply> {
  name: string;
  sender?: { id?: string; url?: string; tab?: { title?: string } };
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: Reply): void;
  disconnect(): void;
}

/**
 * Answers `port` if it is named `name` and was opened by a content script of this extension; false
 * (left alone) for any other port, so ports meant for other ends are not touched. Only the first
 * message is answered. `answer` never rejects (its failure is its own reply); `onAnswered` runs
 * after the answer has gone, with the sender the browser named.
 */
export function answerTabPort<Reply>(
  port: TabPort<Reply>,
  name: string,
  extensionId: string,
  answer: (message: unknown) => Promise<Reply>,
  onAnswered?: (reply: Reply, sender: NonNullable<TabPort<Reply>['sender']>) => void,
): boolean {
  const sender = port.sender;
  if (port.name !== name || sender?.id !== extensionId || sender.tab === undefined) return false;
  let answered = false;
  port.onMessage.addListener((message) => {
    if (answered) return;
    answered = true;
    void answer(message).then((reply) => {
      try {
        port.postMessage(reply);
      } catch {
        return; // the tab went away meanwhile
      }
      onAnswered?.(reply, sender);
    });
  });
  return true;
}
