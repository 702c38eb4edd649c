// What the content script's page UI shows, as plain data and callbacks: the term card's public
// text, the selection toolbar, the highlight card and note editor (drawn by the reader frame), a
// toast and a live region. The content-script features set it; components/ draw it.

import type { PlacementReference } from '../card/reference';
import type { HighlightColor, HighlightRecord } from '../db/types';
import type { CardEntry } from '../glossary/types';
import type { ColorNames } from '../highlights/colorNames';

export interface TermCardView {
  entry: CardEntry;
  /** How many times this article names the body. */
  count: number;
  /** The occurrence the card belongs to. */
  reference: PlacementReference;
  /** Where the reader's notes on this body are kept (the reader frame draws them). */
  notes?: { pageUrl: string };
  /** Closes the card (the reader pressed Esc in the notes). */
  onDismiss?: () => void;
}

export interface HighlightCardView {
  record: HighlightRecord;
  /** What the card is placed beside; null where it is placed from outside (the reader frame). */
  reference: PlacementReference | null;
  colorNames: ColorNames;
  /** Placed by fuzzy matching: the page's text changed since it was saved. */
  fuzzy: boolean;
  onRecolor: (color: HighlightColor) => void;
  onEdit: (note: string, tags: string[]) => void;
  onDelete: () => void;
  onClose: () => void;
}

export interface SelectionToolbarView {
  reference: PlacementReference;
  colorNames: ColorNames;
  /** Set while an orphan waits to be re-attached: its quote, shown so the reader knows. */
  reattaching: string | null;
  /** Whether the selection lies inside a saved highlight: its card is offered, not a duplicate. */
  held?: boolean;
  onHighlight: (color?: HighlightColor) => void;
  onNote: () => void;
  onTag: () => void;
  onDismiss: () => void;
}

export interface NoteEditorView {
  note: string;
  tags: string[];
  /** Which field gets the focus first. */
  focus: 'note' | 'tags';
  saveLabel: string;
  onSave: (note: string, tags: string[]) => void;
  onCancel: () => void;
}

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastView {
  message: string;
  tone: 'info' | 'error';
  actions: ToastAction[];
  onClose: () => void;
}

export interface UiState {
  term: TermCardView | null;
  highlight: HighlightCardView | null;
  toolbar: SelectionToolbarView | null;
  editor: (NoteEditorView & { reference: PlacementReference; quote?: string }) | null;
  toast: ToastView | null;
  announcement: string;
}

/** The page UI as the features see it: the state now shown, changed a patch at a time. */
export interface PageUi {
  readonly state: UiState;
  set(patch: Partial<UiState>): void;
  /** Starts loading the reader frame ahead of a card the reader is about to open. */
  prepareFrame(): void;
}

export const EMPTY_UI_STATE: UiState = {
  term: null,
  highlight: null,
  toolbar: null,
  editor: null,
  toast: null,
  announcement: '',
};
