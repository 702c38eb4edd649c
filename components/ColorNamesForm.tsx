// The options page's colour names: the reader renames the five highlight colours ("key fact",
// "question"…); the names show in the toolbar and the highlight card on every page.

import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS } from '../lib/db/types';
import { MAX_COLOR_NAME, type ColorNames } from '../lib/highlights/colorNames';

export interface ColorNamesFormProps {
  names: ColorNames;
  onSave: (names: ColorNames) => Promise<void>;
}

export function ColorNamesForm({ names, onSave }: ColorNamesFormProps) {
  const [draft, setDraft] = useState<ColorNames>(names);
  const [status, setStatus] = useState('');
  return (
    <form
      class="color-names"
      onSubmit={(event) => {
        event.preventDefault();
        setStatus('Saving…');
        onSave(draft)
          .then(() => setStatus('Saved.'))
          .catch((error: unknown) => setStatus(`Not saved: ${String(error)}`));
      }}
    >
      <fieldset>
        <legend>Highlight colours</legend>
        {HIGHLIGHT_COLORS.map((color, i) => (
          <label key={color} class="color-row">
            <span class="swatch" data-color={color} aria-hidden="true" />
            <span class="key">Key {i + 1}</span>
            <input
              type="text"
              name={color}
              maxLength={MAX_COLOR_NAME}
              value={draft[color]}
              aria-label={`Name of colour ${i + 1} (${color})`}
              onInput={(event) =>
                setDraft({ ...draft, [color]: (event.currentTarget as HTMLInputElement).value })
              }
            />
          </label>
        ))}
      </fieldset>
      <button type="submit">Save colour names</button>{' '}
      <span role="status" class="status">
        {status}
      </span>
    </form>
  );
}
