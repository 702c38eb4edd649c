// Editing a note and tags: a text area for the note, a field for comma-separated tags, in an
// EditorForm (Ctrl+Enter saves, Esc cancels). What the reader types is kept as plain text.

import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '../lib/highlights/colorNames';
import { MAX_NOTE_LENGTH } from '../lib/model/limits';
import { EditorForm } from './EditorForm';
import type { NoteEditorView } from '../lib/content/pageView';

export type NoteEditorProps = NoteEditorView;

export function NoteEditor({ note, tags, focus, saveLabel, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(note);
  const [tagText, setTagText] = useState(tags.join(', '));
  const noteField = useRef<HTMLTextAreaElement>(null);
  const tagField = useRef<HTMLInputElement>(null);
  useEffect(() => (focus === 'note' ? noteField : tagField).current?.focus(), [focus]);

  const save = () => onSave(text.trim(), parseTags(tagText));

  return (
    <EditorForm saveLabel={saveLabel} onSave={save} onCancel={onCancel}>
      <label>
        Note
        <textarea
          ref={noteField}
          name="note"
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          value={text}
          onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label>
        Tags <span class="hint">(comma-separated)</span>
        <input
          ref={tagField}
          name="tags"
          type="text"
          value={tagText}
          onInput={(event) => setTagText((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </EditorForm>
  );
}
