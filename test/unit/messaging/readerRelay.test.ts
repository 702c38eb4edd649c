// The reader frame's channel through the background: which senders the background passes messages
// on for, where it sends them (the sender's own tab, the frame named, or the page's top frame), the
// token read from the frame's own address, and what each end takes from what reaches it.
import { describe, expect, it } from 'vitest';
import {
  FOR_FRAME,
  FOR_PAGE,
  forFrameOf,
  forPageOf,
  FROM_FRAME,
  frameTokenOf,
  isPairingToken,
  PAGE_FRAME_ID,
  routeReaderMessage,
  TO_FRAME,
} from '../../../lib/messaging/readerRelay';
import { pairingToken } from '../../../lib/messaging/readerFrame';

const self = { id: 'ext-id', origin: 'moz-extension://uuid/' };
const token = 'ab'.repeat(16);
const other = 'cd'.repeat(16);
const frameUrl = `${self.origin}reader.html#${token}`;
/** The content script, in tab 7's top frame on an article. */
const page = { id: self.id, url: 'https://www.afsa.org/article', tab: { id: 7 }, frameId: 0 };
/** Its reader frame, in the same tab. */
const frame = { id: self.id, url: frameUrl, tab: { id: 7 }, frameId: 12884901889 };
/** The background passing a message on. */
const background = { id: self.id, url: `${self.origin}background.html` };
const hide = { type: 'hide' } as const;
const size = { type: 'size', seq: 2, width: 300, height: 120 } as const;

describe('pairing tokens and the frame’s address', () => {
  it('takes only tokens as pairingToken makes them', () => {
    expect(isPairingToken(pairingToken())).toBe(true);
    for (const bad of ['', 'AB'.repeat(16), 'ab'.repeat(15), `${token}x`, 42, null]) {
      expect(isPairingToken(bad)).toBe(false);
    }
  });

  it('reads the token only from the extension’s reader page', () => {
    expect(frameTokenOf(frameUrl, self.origin)).toBe(token);
    expect(frameTokenOf(frameUrl, 'moz-extension://uuid')).toBe(token);
    expect(frameTokenOf(`${self.origin}notes.html#${token}`, self.origin)).toBeNull();
    expect(frameTokenOf(`${self.origin}reader.html`, self.origin)).toBeNull();
    expect(frameTokenOf(`${self.origin}reader.html#nope`, self.origin)).toBeNull();
    expect(frameTokenOf(`moz-extension://other/reader.html#${token}`, self.origin)).toBeNull();
    expect(frameTokenOf(`https://www.afsa.org/reader.html#${token}`, self.origin)).toBeNull();
    expect(frameTokenOf(undefined, self.origin)).toBeNull();
  });
});

describe('routeReaderMessage (the background)', () => {
  const toFrame = { type: TO_FRAME, token, frameId: frame.frameId, message: hide };
  const fromFrame = { type: FROM_FRAME, message: size };

  it('passes a content script’s message to the frame it names, in the sender’s tab', () => {
    expect(routeReaderMessage(toFrame, page, self)).toEqual({
      tabId: 7,
      frameId: frame.frameId,
      message: { type: FOR_FRAME, token, message: hide },
    });
  });

  it('passes a frame’s message to its tab’s page, with the token of its address and its frame id', () => {
    expect(routeReaderMessage(fromFrame, frame, self)).toEqual({
      tabId: 7,
      frameId: PAGE_FRAME_ID,
      message: { type: FOR_PAGE, token, frameId: frame.frameId, message: size },
    });
    // What the message itself might claim does not count: the address does.
    const claiming = { ...fromFrame, token: other, frameId: 3 };
    expect(routeReaderMessage(claiming, frame, self)?.message).toMatchObject({
      token,
      frameId: frame.frameId,
    });
  });

  it('refuses other extensions, senders outside a tab, and the wrong end for each direction', () => {
    expect(routeReaderMessage(toFrame, { ...page, id: 'someone-else' }, self)).toBeNull();
    expect(routeReaderMessage(fromFrame, { ...frame, id: undefined }, self)).toBeNull();
    expect(routeReaderMessage(toFrame, { ...page, tab: undefined }, self)).toBeNull();
    expect(routeReaderMessage(fromFrame, { ...frame, tab: undefined }, self)).toBeNull();
    // Only a content script speaks for the page; only the reader page speaks for the frame.
    expect(routeReaderMessage(toFrame, frame, self)).toBeNull();
    expect(
      routeReaderMessage(toFrame, { ...page, url: `${self.origin}notes.html` }, self),
    ).toBeNull();
    expect(routeReaderMessage(fromFrame, page, self)).toBeNull();
    const notesPage = { ...frame, url: `${self.origin}notes.html#${token}` };
    expect(routeReaderMessage(fromFrame, notesPage, self)).toBeNull();
    expect(routeReaderMessage(fromFrame, { ...frame, frameId: undefined }, self)).toBeNull();
  });

  it('refuses malformed messages, bad tokens and frame ids, and anything else', () => {
    expect(routeReaderMessage({ ...toFrame, token: 'guess' }, page, self)).toBeNull();
    expect(routeReaderMessage({ ...toFrame, frameId: -1 }, page, self)).toBeNull();
    expect(routeReaderMessage({ ...toFrame, frameId: '5' }, page, self)).toBeNull();
    expect(routeReaderMessage({ ...toFrame, message: { type: 'eval' } }, page, self)).toBeNull();
    const act = { type: 'act', seq: 1, act: 'drop-tables' };
    expect(routeReaderMessage({ ...fromFrame, message: act }, frame, self)).toBeNull();
    expect(routeReaderMessage({ type: 'gloss:status' }, page, self)).toBeNull();
    expect(routeReaderMessage(null, page, self)).toBeNull();
    expect(routeReaderMessage([toFrame], page, self)).toBeNull();
  });
});

describe('what each end takes', () => {
  const forFrame = { type: FOR_FRAME, token, message: hide };
  const forPage = { type: FOR_PAGE, token, frameId: 9, message: { type: 'ready' } };

  it('the frame takes the background’s wrapping of its own content script’s message', () => {
    expect(forFrameOf(forFrame, background, token, self.id)).toEqual(hide);
    expect(forFrameOf(forFrame, background, other, self.id)).toBeNull();
    expect(forFrameOf(forFrame, { ...background, id: 'someone-else' }, token, self.id)).toBeNull();
    // Chrome also hands a content script's own message to extension pages: not from the background.
    expect(forFrameOf(forFrame, page, token, self.id)).toBeNull();
    const request = { type: TO_FRAME, token, frameId: 9, message: hide };
    expect(forFrameOf(request, page, token, self.id)).toBeNull();
    expect(
      forFrameOf({ ...forFrame, message: { type: 'show' } }, background, token, self.id),
    ).toBeNull();
  });

  it('the content script takes the background’s wrapping of its own frame’s message', () => {
    expect(forPageOf(forPage, background, token, self.id)).toEqual({
      frameId: 9,
      message: { type: 'ready' },
    });
    expect(forPageOf(forPage, background, other, self.id)).toBeNull();
    expect(forPageOf(forPage, { ...background, tab: { id: 7 } }, token, self.id)).toBeNull();
    expect(forPageOf({ ...forPage, frameId: -2 }, background, token, self.id)).toBeNull();
    expect(
      forPageOf({ ...forPage, message: { type: 'size' } }, background, token, self.id),
    ).toBeNull();
    expect(forPageOf({ ...forPage, type: FOR_FRAME }, background, token, self.id)).toBeNull();
  });
});
