// The options page's card settings: whether term cards open at all, and how long a hover waits
// before one opens. Pages already open follow the change at once.

import { useState } from 'preact/hooks';
import { HOVER_DELAY_LIMITS, parseHoverDelay, type CardSettings } from '../lib/card/cardSettings';

export interface CardSettingsFormProps {
  settings: CardSettings;
  onSave: (settings: CardSettings) => Promise<void>;
}

export function CardSettingsForm({ settings, onSave }: CardSettingsFormProps) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [delay, setDelay] = useState(String(settings.hoverDelay));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  return (
    <form
      class="card-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseHoverDelay(delay);
        if (!parsed.ok) return setError(parsed.message);
        setError('');
        setStatus('Saving…');
        onSave({ enabled, hoverDelay: parsed.value })
          .then(() => setStatus('Saved.'))
          .catch((e: unknown) => setStatus(`Not saved: ${String(e)}`));
      }}
    >
      <fieldset>
        <legend>Term cards</legend>
        <label class="check">
          <input
            type="checkbox"
            name="cards-enabled"
            checked={enabled}
            onChange={(event) => setEnabled((event.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Open a card when I hover over or focus a marked name
        </label>
        <label for="hover-delay">Hover delay (milliseconds)</label>
        <input
          id="hover-delay"
          type="number"
          name="hover-delay"
          inputMode="numeric"
          min={HOVER_DELAY_LIMITS.min}
          max={HOVER_DELAY_LIMITS.max}
          step={50}
          value={delay}
          disabled={!enabled}
          aria-invalid={error !== '' ? 'true' : undefined}
          aria-describedby={error !== '' ? 'delay-error delay-hint' : 'delay-hint'}
          onInput={(event) => setDelay((event.currentTarget as HTMLInputElement).value)}
        />
        <p id="delay-hint" class="hint">
          {HOVER_DELAY_LIMITS.min} to {HOVER_DELAY_LIMITS.max}; keyboard focus opens a card at once.
        </p>
        {error !== '' ? (
          <p id="delay-error" class="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <button type="submit">Save card settings</button>{' '}
      <span role="status" class="status">
        {status}
      </span>
    </form>
  );
}
