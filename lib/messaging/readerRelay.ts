// How the content script and its reader frame reach each other: through the background, one
// message at a time, in both browsers. Firefox gives an extension frame on a web page no `tabs`
// API and hands it no connection from a content script, but it does let the frame message the
// background and the background message any frame of a tab; Chrome allows the same. So each end
// sends its message to the background, which checks who sent it (as the browser reports the
// sender, not as the message claims) and passes it on, wrapped, to the other end in the same tab.
// No state is kept there: a Chrome service worker that was stopped is simply started again by the
// next message. Pairing is by the token in the frame's address: the background reads it from the
// frame's own address, and each end takes only what carries its token. Page scripts have no
// extension messaging at all: they can neither send, forge nor overhear any of it.

import {
  isFromFrame,
  isToFrame,
  READER_FRAME_PAGE,
  type FromFrame,
  type ToFrame,
} from './readerFrame';

/** Content script → background: a message for the frame `frameId` of the sender's tab. */
export const TO_FRAME = 'gloss:reader-to-frame';
/** Background → reader frame: what its content script sent. */
export const FOR_FRAME = 'gloss:reader-for-frame';
/** Reader frame → background: a message for its content script. */
export const FROM_FRAME = 'gloss:reader-from-frame';
/** Background → content script: what the frame `frameId` (whose address has `token`) sent. */
export const FOR_PAGE = 'gloss:reader-for-page';

/**
 * The frame the content script runs in: the tab's top frame. It is declared without `all_frames`,
 * and the popup injects it into the top frame only; its reader frame is a child of that document.
 */
export const PAGE_FRAME_ID = 0;

export interface ToFrameRequest {
  type: typeof TO_FRAME;
  token: string;
  frameId: number;
  message: ToFrame;
}
export interface ForFrame {
  type: typeof FOR_FRAME;
  token: string;
  message: ToFrame;
}
export interface FromFrameRequest {
  type: typeof FROM_FRAME;
  message: FromFrame;
}
export interface ForPage {
  type: typeof FOR_PAGE;
  token: string;
  frameId: number;
  message: FromFrame;
}

/** What the browser says about a message's sender (the fields of runtime.MessageSender used). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The extension itself, as the background knows it: its id and its pages' origin (`…://x/`). */
export interface Self {
  id: string;
  origin: string;
}

/** Where the background passes a message on: a frame of a tab, and the wrapped message. */
export interface Delivery {
  tabId: number;
  frameId: number;
  message: ForFrame | ForPage;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFrameId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Whether `v` is a pairing token as `pairingToken` makes them (so no other string pairs). */
export function isPairingToken(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{32}$/.test(v);
}

/**
 * The pairing token of a reader frame at `url`, or null when `url` is not the extension's reader
 * page with a token after `#`. The background reads it from the address the browser reports, so a
 * frame can speak only for the token it was loaded with.
 */
export function frameTokenOf(url: string | undefined, extensionOrigin: string): string | null {
  const page = extensionOrigin.replace(/\/$/, '') + READER_FRAME_PAGE;
  if (url === undefined || !url.startsWith(`${page}#`)) return null;
  const token = url.slice(page.length + 1);
  return isPairingToken(token) ? token : null;
}

/**
 * Where the background passes `message` on, or null when it is not a reader message from one of
 * the extension's own ends: from a content script in a tab (not an extension page), to a frame of
 * that same tab; or from a reader frame in a tab, to the content script of that same tab, named
 * by the token in the frame's address and the frame id the browser gives. The message inside must
 * be well formed; the ends check it again, and check the token.
 */
export function routeReaderMessage(
  message: unknown,
  sender: SenderLike,
  self: Self,
): Delivery | null {
  if (!isRecord(message) || sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (!Number.isSafeInteger(tabId) || (tabId as number) < 0) return null;
  const fromExtensionPage = (sender.url ?? '').startsWith(self.origin);
  if (message.type === TO_FRAME) {
    if (fromExtensionPage || sender.url === undefined) return null;
    const { token, frameId, message: inner } = message;
    if (!isPairingToken(token) || !isFrameId(frameId) || !isToFrame(inner)) return null;
    return { tabId: tabId!, frameId, message: { type: FOR_FRAME, token, message: inner } };
  }
  if (message.type === FROM_FRAME) {
    const token = frameTokenOf(sender.url, self.origin);
    const frameId = sender.frameId;
    if (token === null || !isFrameId(frameId) || !isFromFrame(message.message)) return null;
    return {
      tabId: tabId!,
      frameId: PAGE_FRAME_ID,
      message: { type: FOR_PAGE, token, frameId, message: message.message },
    };
  }
  return null;
}

/** Whether a message came from the extension itself and not from a tab: the background's relay. */
const fromBackground = (sender: SenderLike, extensionId: string) =>
  sender.id === extensionId && sender.tab === undefined;

/**
 * What the reader frame with `token` is to act on in `message`, or null when it is not the
 * background passing on its own content script's message (a content script's message reaching
 * the frame directly, as Chrome also delivers it, is not taken: only the background's wrapping).
 */
export function forFrameOf(
  message: unknown,
  sender: SenderLike,
  token: string,
  extensionId: string,
): ToFrame | null {
  if (!isRecord(message) || message.type !== FOR_FRAME || !fromBackground(sender, extensionId)) {
    return null;
  }
  return message.token === token && isToFrame(message.message) ? message.message : null;
}

/**
 * What the content script with `token` is to act on in `message` (and the frame it came from), or
 * null when it is not the background passing on a message of the frame that has its token.
 */
export function forPageOf(
  message: unknown,
  sender: SenderLike,
  token: string,
  extensionId: string,
): { frameId: number; message: FromFrame } | null {
  if (!isRecord(message) || message.type !== FOR_PAGE || !fromBackground(sender, extensionId)) {
    return null;
  }
  if (message.token !== token || !isFrameId(message.frameId) || !isFromFrame(message.message)) {
    return null;
  }
  return { frameId: message.frameId, message: message.message };
}
