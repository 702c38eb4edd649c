// The reader frame's page: shown in an iframe inside the content script's closed shadow root, it
// draws whatever holds the reader's own text (components/ReaderFrameView.tsx). It answers only the
// content script that made it: the one that connects with the token in this page's address.

import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { ReaderFrameView } from '../../components/ReaderFrameView';
import { askStore } from '../../lib/messaging/storeClient';
import {
  isToFrame,
  READER_PORT_PREFIX,
  type FromFrame,
  type ReaderShow,
} from '../../lib/messaging/readerFrame';
import '../../components/card.css';
import '../../components/panel.css';
import '../../components/swatches.css';
import './reader.css';

const token = location.hash.slice(1);
const app = document.getElementById('app')!;
let port: Browser.runtime.Port | null = null;
let shown: ReaderShow | null = null;

const send = (message: FromFrame) => port?.postMessage(message);

function draw(): void {
  const current = shown;
  render(
    current === null ? null : (
      <ReaderFrameView
        view={current.view}
        ask={askStore}
        onAct={(act) => send({ type: 'act', seq: current.seq, ...act })}
      />
    ),
    app,
  );
  if (current?.focus) {
    const field = app.querySelector<HTMLElement>('textarea, input, button');
    if (field !== null && !app.contains(document.activeElement)) field.focus();
  }
}

// The content script gives the frame the focus for a view the reader types into: the field takes it.
window.addEventListener('focus', () => {
  if (shown?.focus && !app.contains(document.activeElement)) {
    app.querySelector<HTMLElement>('textarea, input, button')?.focus();
  }
});

// The content script sizes the iframe to what is drawn: measured at once after each drawing (a
// hidden frame gets no resize callbacks: the browser throttles it), and on every change after.
let sentHeight = -1;
function sendSize(): void {
  if (shown === null) return;
  const box = app.getBoundingClientRect();
  const height = Math.ceil(box.height);
  if (height === sentHeight) return;
  sentHeight = height;
  send({ type: 'size', seq: shown.seq, width: Math.ceil(box.width), height });
}
new ResizeObserver(sendSize).observe(app);

browser.runtime.onConnect.addListener((candidate) => {
  // Only a content script in a tab, and only the one whose token this page was given.
  if (port !== null || token === '' || candidate.name !== READER_PORT_PREFIX + token) return;
  if (candidate.sender?.tab === undefined) return;
  port = candidate;
  candidate.onMessage.addListener((message: unknown) => {
    if (!isToFrame(message)) return;
    shown = message.type === 'hide' ? null : message;
    sentHeight = -1;
    draw();
    sendSize();
  });
  candidate.onDisconnect.addListener(() => {
    port = null;
    shown = null;
    draw();
  });
});
