// Editing one item in place on the notes page: the note, and for a highlight its tags and colour,
// in an EditorForm (Ctrl+Enter saves, Esc cancels). What the reader types is kept as plain text.

import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/db/types';
import { parseTags, type ColorNames } from '../../lib/highlights/colorNames';
import { MAX_NOTE_LENGTH } from '../../lib/model/limits';
import type { NotesItem } from '../../lib/notes/items';
import { EditorForm } from '../EditorForm';

export interface ItemValues {
  note: string;
  tags: readonly string[];
  color: HighlightColor | null;
}

export interface ItemChanges extends ItemValues {
  tags: string[];
  /** The values the editor opened with, so the store can tell a change made meanwhile elsewhere. */
  from: ItemValues;
}

export interface ItemEditorProps {
  item: NotesItem;
  colorNames: ColorNames;
  onSave: (changes: ItemChanges) => void;
  onCancel: () => void;
}

export function ItemEditor({ item, colorNames, onSave, onCancel }: ItemEditorProps) {
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [color, setColor] = useState(item.color);
  // The item may change while the editor is open (another tab); what it opened with stays.
  const [from] = useState<ItemValues>(() => ({
    note: item.note,
    tags: item.tags,
    color: item.color,
  }));
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus(), []);
  const isHighlight = item.kind === 'highlight';
  const save = () => onSave({ note: note.trim(), tags: parseTags(tags), color, from });

  return (
    <EditorForm saveLabel="Save" onSave={save} onCancel={onCancel} editorKey={item.key}>
      <label>
        {isHighlight ? 'Note' : 'Note on this organization'}
        <textarea
          ref={noteField}
          name="note"
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {isHighlight ? (
        <>
          <label>
            Tags <span class="hint">(comma-separated)</span>
            <input
              name="tags"
              type="text"
              value={tags}
              onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <fieldset class="colors">
            <legend>Colour</legend>
            {HIGHLIGHT_COLORS.map((c) => (
              <label key={c} class="color-choice">
                <input
                  type="radio"
                  name={`color-${item.key}`}
                  value={c}
                  checked={color === c}
                  onChange={() => setColor(c)}
                />
                <span class="swatch" data-color={c} aria-hidden="true" />
                {colorNames[c]}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
    </EditorForm>
  );
}
