// A port as a content script opens it to the reading document, for the tests of its answering
// ends: what was posted back, and a way to deliver the tab's message.
import type { TabPort } from '../../../lib/background/tabPort';

export function fakePort<Reply>(name: string, sender: TabPort<Reply>['sender']) {
  const posted: Reply[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const port: TabPort<Reply> = {
    name,
    sender,
    onMessage: { addListener: (listener) => void (deliver = listener) },
    postMessage: (message) => void posted.push(message),
    disconnect: () => undefined,
  };
  return { port, posted, send: (message: unknown) => deliver(message) };
}
