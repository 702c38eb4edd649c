// What the content script and the reader frame say to each other. The frame is an extension page
// shown in an iframe on the article: everything that shows or takes the reader's own text (a
// highlight's card, the note editor, notes on an organization) is drawn there, where the page's
// scripts can neither read it nor hear the keys typed into it. The two talk through the background
// (lib/messaging/readerRelay.ts), which the page cannot reach or overhear; they are paired by a
// token in the frame's address that only the two of them know.

import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../db/types';
import type { ColorNames } from '../highlights/colorNames';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../model/limits';

/** The page the frame is; its address carries the pairing token after `#`. */
export const READER_FRAME_PAGE = '/reader.html' as const;

/** What the frame shows, numbered so an answer to a view that was replaced is ignored. */
export type ReaderView =
  | { kind: 'highlight'; record: HighlightRecord; colorNames: ColorNames; fuzzy: boolean }
  | {
      kind: 'editor';
      quote: string;
      note: string;
      tags: string[];
      focus: 'note' | 'tags';
      saveLabel: string;
    }
  | { kind: 'term-notes'; entryId: string; name: string; pageUrl: string };

export interface ReaderShow {
  type: 'show';
  seq: number;
  view: ReaderView;
  /** Whether the frame takes the keyboard focus (opened from the keyboard, or to type). */
  focus: boolean;
}

export type ToFrame = ReaderShow | { type: 'hide' };

/** The reader's acts in the frame, for the view numbered `seq`. */
export type ReaderAct =
  | { act: 'recolor'; color: HighlightColor }
  | { act: 'edit'; note: string; tags: string[] }
  | { act: 'delete' }
  | { act: 'close' }
  | { act: 'save'; note: string; tags: string[] }
  | { act: 'cancel' };

export type FromFrame =
  /** The frame's page has loaded (first, or again): the content script sends it what to show. */
  | { type: 'ready' }
  | { type: 'size'; seq: number; width: number; height: number }
  | ({ type: 'act'; seq: number } & ReaderAct);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTags = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_TAGS && v.every((t) => isText(t, MAX_TAG_LENGTH));
const isSize = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000;

/** Whether a message from the frame is one the content script acts on (and well formed). */
export function isFromFrame(message: unknown): message is FromFrame {
  if (isRecord(message) && message.type === 'ready') return true;
  if (!isRecord(message) || !Number.isSafeInteger(message.seq)) return false;
  if (message.type === 'size') return isSize(message.width) && isSize(message.height);
  if (message.type !== 'act') return false;
  switch (message.act) {
    case 'recolor':
      return (HIGHLIGHT_COLORS as readonly unknown[]).includes(message.color);
    case 'edit':
    case 'save':
      return isText(message.note, MAX_NOTE_LENGTH) && isTags(message.tags);
    case 'delete':
    case 'close':
    case 'cancel':
      return true;
    default:
      return false;
  }
}

/** Whether a message to the frame is a view or a hide (the frame ignores anything else). */
export function isToFrame(message: unknown): message is ToFrame {
  if (!isRecord(message)) return false;
  if (message.type === 'hide') return true;
  if (message.type !== 'show' || !Number.isSafeInteger(message.seq)) return false;
  const view = message.view;
  return (
    isRecord(view) &&
    (view.kind === 'highlight' || view.kind === 'editor' || view.kind === 'term-notes')
  );
}

/** A token for pairing one content script with its frame: 128 random bits, in hex. */
export function pairingToken(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  return Array.from(fill(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
