// What the reader frame draws for the page UI's state: the highlight card beats the note editor,
// which beats the notes at the foot of a term card; with none of them there is nothing to draw.
// The card and the editor float beside their passage (the editor takes the focus, to type); the
// term notes sit in the term card's slot. Each act the reader makes there reaches its callback.
import { describe, expect, it } from 'vitest';
import { framePartOf } from '../../../lib/content/framePart';
import { EMPTY_UI_STATE, type UiState } from '../../../lib/content/pageView';
import type { PlacementReference } from '../../../lib/card/reference';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { HighlightRecord } from '../../../lib/db/types';
import { DEFAULT_COLOR_NAMES } from '../../../lib/highlights/colorNames';

const record: HighlightRecord = {
  id: 'h1',
  pageUrl: 'https://www.afsa.org/fsj-0319',
  selectors: describeSpan('IOM', { start: 0, end: 3 }),
  quote: 'IOM',
  color: 'yellow',
  note: 'check',
  tags: ['migration'],
  entryIds: ['iom'],
  createdAt: 1,
  updatedAt: 1,
};

const reference = (name: string): PlacementReference & { name: string } => ({
  name,
  getClientRects: () => [],
});

/** A state whose callbacks say what they were called with. */
function stateWith(parts: ('highlight' | 'editor' | 'term' | 'term without notes')[]) {
  const called: string[] = [];
  const state: UiState = {
    ...EMPTY_UI_STATE,
    highlight: parts.includes('highlight')
      ? {
          record,
          reference: reference('highlight'),
          colorNames: DEFAULT_COLOR_NAMES,
          fuzzy: true,
          onRecolor: (color) => void called.push(`recolor ${color}`),
          onEdit: (note, tags) => void called.push(`edit ${note} [${tags.join(',')}]`),
          onDelete: () => void called.push('delete'),
          onClose: () => void called.push('close highlight'),
        }
      : null,
    editor: parts.includes('editor')
      ? {
          reference: reference('editor'),
          quote: 'the IOM',
          note: '',
          tags: [],
          focus: 'tags',
          saveLabel: 'Highlight with note',
          onSave: (note, tags) => void called.push(`save ${note} [${tags.join(',')}]`),
          onCancel: () => void called.push('cancel'),
        }
      : null,
    term:
      parts.includes('term') || parts.includes('term without notes')
        ? {
            entry: {
              id: 'iom',
              name: 'International Organization for Migration',
              acronyms: ['IOM'],
              summary: '',
              url: '',
            },
            count: 2,
            reference: reference('term'),
            ...(parts.includes('term')
              ? { notes: { pageUrl: 'https://www.afsa.org/fsj-0319' } }
              : {}),
            onDismiss: () => void called.push('dismiss term'),
          }
        : null,
  };
  return { state, called };
}

describe('which card the reader frame draws', () => {
  it('draws the highlight card, floating beside its passage, without taking the focus', () => {
    const { state } = stateWith(['highlight', 'editor', 'term']);
    const part = framePartOf(state)!;
    expect(part.view).toEqual({
      kind: 'highlight',
      record,
      colorNames: DEFAULT_COLOR_NAMES,
      fuzzy: true,
    });
    expect(part.place).toBe('float');
    expect(part.focus).toBe(false);
    expect(part.reference).toBe(state.highlight!.reference);
  });

  it('draws the note editor when no highlight card is open, and gives it the focus', () => {
    const { state } = stateWith(['editor', 'term']);
    const part = framePartOf(state)!;
    expect(part.view).toEqual({
      kind: 'editor',
      quote: 'the IOM',
      note: '',
      tags: [],
      focus: 'tags',
      saveLabel: 'Highlight with note',
    });
    expect(part.place).toBe('float');
    expect(part.focus).toBe(true);
    expect(part.reference).toBe(state.editor!.reference);
  });

  it('shows an editor without a quote with an empty one', () => {
    const { state } = stateWith(['editor']);
    delete state.editor!.quote;
    expect(framePartOf(state)!.view).toMatchObject({ kind: 'editor', quote: '' });
  });

  it("draws the reader's notes on the body in the term card's slot, placed from outside", () => {
    const { state } = stateWith(['term']);
    const part = framePartOf(state)!;
    expect(part.view).toEqual({
      kind: 'term-notes',
      entryId: 'iom',
      name: 'International Organization for Migration',
      pageUrl: 'https://www.afsa.org/fsj-0319',
    });
    expect(part.place).toBe('slot');
    expect(part.focus).toBe(false);
    expect(part.reference).toBeNull();
  });

  it('draws nothing for a term card without notes, a toolbar or a toast, or no card at all', () => {
    expect(framePartOf(stateWith(['term without notes']).state)).toBeNull();
    expect(framePartOf(EMPTY_UI_STATE)).toBeNull();
    expect(
      framePartOf({
        ...EMPTY_UI_STATE,
        toast: { message: 'Saved.', tone: 'info', actions: [], onClose: () => {} },
        announcement: 'Saved.',
      }),
    ).toBeNull();
  });
});

describe("what the reader's acts in the frame do", () => {
  it("recolours, edits, deletes and closes the highlight card's highlight", () => {
    const { state, called } = stateWith(['highlight']);
    const { onAct } = framePartOf(state)!;
    onAct({ act: 'recolor', color: 'blue' });
    onAct({ act: 'edit', note: 'see p. 9', tags: ['a', 'b'] });
    onAct({ act: 'delete' });
    onAct({ act: 'close' });
    expect(called).toEqual(['recolor blue', 'edit see p. 9 [a,b]', 'delete', 'close highlight']);
  });

  it('saves or cancels the note editor', () => {
    const { state, called } = stateWith(['editor']);
    const { onAct } = framePartOf(state)!;
    onAct({ act: 'save', note: 'new', tags: ['t'] });
    onAct({ act: 'cancel' });
    expect(called).toEqual(['save new [t]', 'cancel']);
  });

  it('closes the term card from its notes', () => {
    const { state, called } = stateWith(['term']);
    framePartOf(state)!.onAct({ act: 'close' });
    expect(called).toEqual(['dismiss term']);
  });

  it("ignores acts that belong to another card's view", () => {
    const highlight = stateWith(['highlight']);
    framePartOf(highlight.state)!.onAct({ act: 'save', note: 'x', tags: [] });
    framePartOf(highlight.state)!.onAct({ act: 'cancel' });
    expect(highlight.called).toEqual([]);
    const editor = stateWith(['editor']);
    framePartOf(editor.state)!.onAct({ act: 'delete' });
    framePartOf(editor.state)!.onAct({ act: 'close' });
    expect(editor.called).toEqual([]);
    const term = stateWith(['term']);
    framePartOf(term.state)!.onAct({ act: 'delete' });
    expect(term.called).toEqual([]);
  });
});
