// A highlight asked for from outside the page (a keyboard shortcut or the context menu): which
// selection it is for, or why there is none to highlight, and what the reader is told then. The
// toolbar never shows for a refused selection, so these messages are the reader's only answer.

import type { OverlayState, SelectionAction, SelectionRefusal } from '../messaging/popup';
import type { Span } from '../text/rangeSpan';
import { isExcludedTarget } from './selectionTriggers';

/**
 * The reader's selection a command applies to and the article's text it covers (`spanOf` maps it,
 * null when it covers none), or why the command cannot apply. While the note editor is open
 * (`editing`) the command waits: acting would close the editor and lose what was typed.
 */
export function commandSelection(
  doc: Document,
  page: { state: OverlayState; editing: boolean },
  spanOf: (range: Range) => Span | null,
): { range: Range; span: Span } | { reason: SelectionRefusal } {
  if (page.state !== 'ready') return { reason: page.state };
  if (page.editing) return { reason: 'editing' };
  const selection = doc.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) {
    return { reason: 'no-selection' };
  }
  const range = selection.getRangeAt(0);
  if (isExcludedTarget(range.startContainer) || isExcludedTarget(range.endContainer)) {
    return { reason: 'excluded' };
  }
  const span = spanOf(range);
  return span === null ? { reason: 'outside-article' } : { range, span };
}

/** The sentence that tells the reader why nothing was highlighted, and what to do instead. */
export function refusalMessage(reason: SelectionRefusal, action: SelectionAction): string {
  const verb = action === 'note' ? 'add a note' : 'highlight';
  switch (reason) {
    case 'off':
      return `FSJ Gloss is switched off on this site. Turn it on (its toolbar button, or the shortcut) to ${verb}.`;
    case 'no-article':
      return `No article was found on this page, so there is nothing to ${verb} yet. The toolbar button can annotate the whole page.`;
    case 'no-selection':
      return `Select a passage of the article first, then ${verb} again.`;
    case 'excluded':
      return `Text in a form field or in FSJ Gloss’s own panels cannot be highlighted.`;
    case 'outside-article':
      return `Only the article’s text can be highlighted; this selection is outside it.`;
    case 'editing':
      return `Save or cancel the note you are writing first, then ${verb} again.`;
  }
}
