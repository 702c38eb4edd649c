// The options page's choice of how many mentions are marked: every mention of each body, or only
// its first in each article. Saved as soon as it is chosen; pages already open repaint at once.

import { useState } from 'preact/hooks';
import type { MarkDensity } from '../lib/overlay/markDensity';

export interface MarkDensityFormProps {
  density: MarkDensity;
  onSave: (density: MarkDensity) => Promise<void>;
}

const CHOICES: readonly { value: MarkDensity; label: string }[] = [
  { value: 'every', label: 'Every mention of each organization' },
  { value: 'first', label: 'Only the first mention of each organization in an article' },
];

export function MarkDensityForm({ density, onSave }: MarkDensityFormProps) {
  const [status, setStatus] = useState('');
  return (
    <form class="mark-density" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Marks</legend>
        {CHOICES.map(({ value, label }) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="mark-density"
              value={value}
              checked={density === value}
              onChange={() => {
                setStatus('Saving…');
                onSave(value)
                  .then(() => setStatus('Saved.'))
                  .catch((e: unknown) => setStatus(`Not saved: ${String(e)}`));
              }}
            />{' '}
            {label}
          </label>
        ))}
        <p class="hint">
          Either way, a card counts every mention, and the popup lists each organization the article
          names.
        </p>
      </fieldset>
      <span role="status" class="status">
        {status}
      </span>
    </form>
  );
}
