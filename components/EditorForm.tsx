// The form around an editor of the reader's words (the in-page note editor, the notes page's item
// editor): Ctrl+Enter (or ⌘+Enter) saves, Esc cancels, and Save / Cancel buttons end it. Keys
// typed in it stay in it, so a page's own shortcuts never see them.

import type { ComponentChildren } from 'preact';

export interface EditorFormProps {
  saveLabel: string;
  onSave: () => void;
  onCancel: () => void;
  /** Set as the form's `data-editor` attribute (tests and styles find an item's editor by it). */
  editorKey?: string;
  children: ComponentChildren;
}

export function EditorForm({ saveLabel, onSave, onCancel, editorKey, children }: EditorFormProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave();
    }
  };
  return (
    <form
      class="editor"
      data-editor={editorKey}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {children}
      <div class="buttons">
        <button type="submit" class="primary">
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
