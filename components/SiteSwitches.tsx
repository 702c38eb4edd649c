// The options page's per-site switch: the sites where the overlay is off (switched from the popup
// or here), each with a button to turn it back on, and a field to turn it off on another site.

import { useState } from 'preact/hooks';
import { parseSiteInput, setSiteDisabled } from '../lib/overlay/siteSettings';

export interface SiteSwitchesProps {
  /** Host names where the overlay is off. */
  sites: readonly string[];
  onChange: (sites: string[]) => Promise<void>;
}

export function SiteSwitches({ sites, onChange }: SiteSwitchesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const change = (next: string[], done: string) =>
    onChange(next)
      .then(() => setStatus(done))
      .catch((e: unknown) => setStatus(`Not saved: ${String(e)}`));

  return (
    <section class="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites where the overlay is off</h2>
      {sites.length === 0 ? (
        <p class="hint">None: names are marked on every page the extension runs on.</p>
      ) : (
        <ul class="site-list">
          {sites.map((host) => (
            <li key={host} data-site={host}>
              <span class="host">{host}</span>{' '}
              <button
                type="button"
                aria-label={`Turn the overlay on for ${host}`}
                onClick={() => void change(setSiteDisabled(sites, host, false), `On for ${host}.`)}
              >
                Turn on
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseSiteInput(input);
          if (!parsed.ok) return setError(parsed.message);
          setError('');
          setInput('');
          void change(setSiteDisabled(sites, parsed.host, true), `Off for ${parsed.host}.`);
        }}
      >
        <label for="site-input">Turn the overlay off on a site</label>
        <div class="row">
          <input
            id="site-input"
            type="text"
            name="site"
            placeholder="www.example.org"
            value={input}
            aria-invalid={error !== '' ? 'true' : undefined}
            aria-describedby={error !== '' ? 'site-error' : undefined}
            onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Turn off</button>
        </div>
        {error !== '' ? (
          <p id="site-error" class="field-error">
            {error}
          </p>
        ) : null}
      </form>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
