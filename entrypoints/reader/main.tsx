// The reader frame's page: shown in an iframe inside the content script's closed shadow root, it
// draws whatever holds the reader's own text (components/ReaderFrameView.tsx). It answers only the
// content script that made it: messages reach it through the background
// (lib/messaging/readerRelay.ts), and it takes only those for the token in this page's address.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderFrameView } from '../../components/ReaderFrameView';
import { askStore } from '../../lib/messaging/storeClient';
import type { FromFrame, ReaderShow } from '../../lib/messaging/readerFrame';
import {
  forFrameOf,
  FROM_FRAME,
  isPairingToken,
  type FromFrameRequest,
} from '../../lib/messaging/readerRelay';
import '../../components/card.css';
import '../../components/panel.css';
import '../../components/swatches.css';
import './reader.css';

const token = location.hash.slice(1);
const app = document.getElementById('app')!;
let shown: ReaderShow | null = null;

const send = (message: FromFrame) => {
  const request: FromFrameRequest = { type: FROM_FRAME, message };
  // Lost only when the extension went away (updated, reloaded), and the page's UI with it.
  browser.runtime.sendMessage(request).catch(() => undefined);
};

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

// Only the background passing on a message of the content script that has this page's token. The
// listener lives as long as the page.
if (isPairingToken(token)) {
  browser.runtime.onMessage.addListener((message: unknown, sender): undefined => {
    const heard = forFrameOf(message, sender, token, browser.runtime.id);
    if (heard === null) return undefined;
    shown = heard.type === 'hide' ? null : heard;
    sentHeight = -1;
    draw();
    sendSize();
    return undefined;
  });
  send({ type: 'ready' });
}
