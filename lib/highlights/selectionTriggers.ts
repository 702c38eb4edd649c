// When the selection toolbar shows and what its keys do: it shows when the reader finishes
// selecting text of the article (pointer up, or a keyboard selection), never for selections in
// editable fields or in the extension's own UI; it hides when the selection goes. While it shows,
// H, N, T, 1–5 and Esc are its keys. Clicking or focusing a saved highlight asks for its card.
// Every listener is tied to `signal`. The page is not trusted: gestures it made up (`isTrusted`
// false) are ignored, and only wrappers the extension painted count as highlights.

import type { HighlightColor } from '../db/types';
import { HIGHLIGHT_COLORS } from '../db/types';
import { UI_HOST_ATTRIBUTE } from '../text/textModel';
import { HIGHLIGHT_ATTRIBUTE } from '../paint/paintHighlights';

export type ToolbarKey =
  | { action: 'highlight'; color?: HighlightColor }
  | { action: 'note' }
  | { action: 'tag' }
  | { action: 'dismiss' };

export interface SelectionTriggerOptions {
  doc: Document;
  signal: AbortSignal;
  /** Whether the selection is one the toolbar is for (inside the article); called with it. */
  accepts: (range: Range) => boolean;
  onSelect: (range: Range) => void;
  onClear: () => void;
  /** Whether the toolbar is showing now, so its keys apply. */
  isToolbarShown: () => boolean;
  onKey: (key: ToolbarKey) => void;
  /** A saved highlight was clicked or reached from the keyboard. */
  onHighlight: (id: string, element: HTMLElement) => void;
  /** Whether an element is a highlight wrapper the extension painted (not one the page made). */
  isPainted: (element: Element) => boolean;
  /** Whether an event came from the reader; by default the browser's `isTrusted`. */
  isTrusted?: (event: Event) => boolean;
}

/** Whether a node sits in an editable field or in the extension's own UI. */
export function isExcludedTarget(node: Node | null): boolean {
  const element =
    node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (element === null) return false;
  if (element.closest(`[${UI_HOST_ATTRIBUTE}]`) !== null) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return (
    element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
    null
  );
}

/** Maps a key press to a toolbar action, or null when it is not one of the toolbar's keys. */
export function toolbarKeyOf(event: KeyboardEvent): ToolbarKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'h') return { action: 'highlight' };
  if (key === 'n') return { action: 'note' };
  if (key === 't') return { action: 'tag' };
  if (key === 'escape') return { action: 'dismiss' };
  const digit = Number(key);
  if (Number.isInteger(digit) && digit >= 1 && digit <= HIGHLIGHT_COLORS.length) {
    return { action: 'highlight', color: HIGHLIGHT_COLORS[digit - 1] };
  }
  return null;
}

/** Starts watching the page for selections, the toolbar's keys and highlight clicks. */
export function watchSelection(options: SelectionTriggerOptions): void {
  const { doc, signal, accepts, onSelect, onClear, isToolbarShown, onKey, onHighlight, isPainted } =
    options;
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const win = doc.defaultView ?? window;
  let pending: number | undefined;

  const check = () => {
    pending = undefined;
    const selection = doc.getSelection();
    if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (isExcludedTarget(range.startContainer) || isExcludedTarget(range.endContainer)) return;
    if (accepts(range)) onSelect(range);
  };
  const schedule = () => {
    win.clearTimeout(pending);
    pending = win.setTimeout(check, 0);
  };

  doc.addEventListener(
    'pointerup',
    (event) => {
      if (trusted(event) && !isExcludedTarget(event.target as Node | null)) schedule();
    },
    { signal, passive: true },
  );
  doc.addEventListener(
    'keyup',
    (event) => {
      if (!trusted(event)) return;
      // A selection made or grown from the keyboard (Shift+arrows, Ctrl+A…).
      if (
        event.shiftKey ||
        event.key === 'Shift' ||
        ((event.ctrlKey || event.metaKey) && event.key === 'a')
      ) {
        if (!isExcludedTarget(event.target as Node | null)) schedule();
      }
    },
    { signal, passive: true },
  );
  doc.addEventListener(
    'selectionchange',
    () => {
      const selection = doc.getSelection();
      if (isToolbarShown() && (selection === null || selection.isCollapsed)) onClear();
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event) || !isToolbarShown()) return;
      if (isExcludedTarget(event.target as Node | null)) return;
      const key = toolbarKeyOf(event);
      if (key === null) return;
      event.preventDefault();
      event.stopPropagation();
      onKey(key);
    },
    { signal, capture: true },
  );

  const highlightOf = (target: EventTarget | null): HTMLElement | null => {
    const element =
      target instanceof Element
        ? (target.closest(`[${HIGHLIGHT_ATTRIBUTE}]`) as HTMLElement | null)
        : null;
    return element !== null && isPainted(element) ? element : null;
  };
  doc.addEventListener(
    'click',
    (event) => {
      if (!trusted(event)) return;
      const element = highlightOf(event.target);
      const selection = doc.getSelection();
      if (element === null || (selection !== null && !selection.isCollapsed)) return;
      onHighlight(element.getAttribute(HIGHLIGHT_ATTRIBUTE)!, element);
    },
    { signal },
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const element = highlightOf(event.target);
      if (element !== null && event.target === element) {
        onHighlight(element.getAttribute(HIGHLIGHT_ATTRIBUTE)!, element);
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => win.clearTimeout(pending), { once: true });
}
