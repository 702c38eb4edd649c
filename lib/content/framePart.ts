// Which of the page UI's cards the reader frame draws, where, and what the reader's acts there do:
// the highlight card and the note editor float beside their passage; the notes on an organization
// sit in a slot at the foot of its term card. The page's own shadow root never holds that text.

import type { PlacementReference } from '../card/reference';
import type { ReaderAct, ReaderView } from '../messaging/readerFrame';
import type { UiState } from './pageView';

/** What the reader frame is to show for `state`, where, and what the reader's acts do. */
export interface FramePart {
  view: ReaderView;
  focus: boolean;
  place: 'float' | 'slot';
  reference: PlacementReference | null;
  onAct: (act: ReaderAct) => void;
}

export function framePartOf(state: UiState): FramePart | null {
  const { highlight, editor, term } = state;
  if (highlight !== null) {
    return {
      view: {
        kind: 'highlight',
        record: highlight.record,
        colorNames: highlight.colorNames,
        fuzzy: highlight.fuzzy,
      },
      focus: false,
      place: 'float',
      reference: highlight.reference,
      onAct: (act) => {
        if (act.act === 'recolor') highlight.onRecolor(act.color);
        else if (act.act === 'edit') highlight.onEdit(act.note, act.tags);
        else if (act.act === 'delete') highlight.onDelete();
        else if (act.act === 'close') highlight.onClose();
      },
    };
  }
  if (editor !== null) {
    return {
      view: {
        kind: 'editor',
        quote: editor.quote ?? '',
        note: editor.note,
        tags: editor.tags,
        focus: editor.focus,
        saveLabel: editor.saveLabel,
      },
      focus: true,
      place: 'float',
      reference: editor.reference,
      onAct: (act) => {
        if (act.act === 'save') editor.onSave(act.note, act.tags);
        else if (act.act === 'cancel') editor.onCancel();
      },
    };
  }
  if (term?.notes !== undefined) {
    return {
      view: {
        kind: 'term-notes',
        entryId: term.entry.id,
        name: term.entry.name,
        pageUrl: term.notes.pageUrl,
      },
      focus: false,
      place: 'slot',
      reference: null,
      onAct: (act) => {
        if (act.act === 'close') term.onDismiss?.();
      },
    };
  }
  return null;
}
