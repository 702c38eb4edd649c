// The options page's own glossary entries: the reader's entries listed with Edit and Delete (with
// Undo), and a form for a new one or the one being edited, with a message under each field that
// is wrong. Pages mark the entries from their next load; cards show them as "Your entry".

import { useRef, useState } from 'preact/hooks';
import type { MatchingEntry } from '../lib/glossary/types';
import {
  draftOf,
  EMPTY_DRAFT,
  saveUserEntry,
  USER_ENTRY_LIMITS,
  type UserEntry,
  type UserEntryDraft,
  type UserEntryErrors,
  type UserEntryField,
} from '../lib/glossary/userEntries';

export interface UserEntriesEditorProps {
  entries: readonly UserEntry[];
  /** The built-in entries, whose names the reader's may not take. */
  builtIn: readonly MatchingEntry[];
  onSave: (entries: UserEntry[]) => Promise<void>;
}

const FIELDS: { field: UserEntryField; label: string; hint?: string; multiline?: boolean }[] = [
  { field: 'name', label: 'Full name' },
  { field: 'acronyms', label: 'Acronyms', hint: 'Separated by commas; matched in this case only.' },
  { field: 'aliases', label: 'Other names', hint: 'One per line.', multiline: true },
  {
    field: 'summary',
    label: 'What it is',
    hint: `One sentence, at most ${USER_ENTRY_LIMITS.summary} characters.`,
    multiline: true,
  },
  { field: 'url', label: 'Link', hint: 'Optional; an https:// address.' },
];

export function UserEntriesEditor({ entries, builtIn, onSave }: UserEntriesEditorProps) {
  const [draft, setDraft] = useState<UserEntryDraft>(EMPTY_DRAFT);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserEntryErrors>({});
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<{ entry: UserEntry; index: number } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focusField = (field: UserEntryField) =>
    form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  const reset = () => {
    setDraft(EMPTY_DRAFT);
    setEditingId(null);
    setErrors({});
  };
  const save = (list: UserEntry[], done: string) =>
    onSave(list)
      .then(() => setStatus(done))
      .catch((e: unknown) => setStatus(`Not saved: ${String(e)}`));

  const submit = (event: Event) => {
    event.preventDefault();
    const result = saveUserEntry(entries, draft, {
      builtIn,
      editingId: editingId ?? undefined,
      now: Date.now(),
    });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Not saved: see the messages under the fields.');
      const first = FIELDS.find((f) => result.errors[f.field] !== undefined);
      if (first) focusField(first.field);
      return;
    }
    setDeleted(null);
    reset();
    void save(result.list, `Saved “${result.entry.name}”. Pages mark it from their next load.`);
  };

  return (
    <section class="user-entries" aria-labelledby="entries-heading">
      <h2 id="entries-heading">Your glossary entries</h2>
      <p class="hint">
        Bodies the built-in glossary lacks. Pages mark them from their next load, and their cards
        say “Your entry”.
      </p>
      {entries.length === 0 ? (
        <p class="hint">You have no entries yet.</p>
      ) : (
        <ul class="entry-list">
          {entries.map((entry, index) => (
            <li key={entry.id} data-entry={entry.id}>
              <p class="entry-title">
                <span class="entry-name">{entry.name}</span>
                {entry.acronyms.length > 0 ? (
                  <span class="entry-acronyms"> ({entry.acronyms.join(', ')})</span>
                ) : null}
              </p>
              <p class="entry-summary">{entry.summary}</p>
              {entry.aliases.length > 0 ? (
                <p class="hint">Also: {entry.aliases.join('; ')}</p>
              ) : null}
              {entry.url ? <p class="hint entry-url">{entry.url}</p> : null}
              <div class="buttons">
                <button
                  type="button"
                  aria-label={`Edit ${entry.name}`}
                  onClick={() => {
                    setDraft(draftOf(entry));
                    setEditingId(entry.id);
                    setErrors({});
                    setStatus(`Editing “${entry.name}”.`);
                    setTimeout(() => focusField('name'), 0);
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${entry.name}`}
                  onClick={() => {
                    if (editingId === entry.id) reset();
                    setDeleted({ entry, index });
                    void save(
                      entries.filter((e) => e.id !== entry.id),
                      `Deleted “${entry.name}”.`,
                    );
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form class="entry-form" ref={form} noValidate onSubmit={submit}>
        <fieldset>
          <legend>{editingId === null ? 'New entry' : 'Edit entry'}</legend>
          {FIELDS.map(({ field, label, hint, multiline }) => {
            const id = `entry-${field}`;
            const error = errors[field];
            const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : '']
              .filter((s) => s !== '')
              .join(' ');
            const props = {
              id,
              name: field,
              value: draft[field],
              'aria-invalid': error ? ('true' as const) : undefined,
              'aria-describedby': described || undefined,
              onInput: (event: Event) =>
                setDraft({
                  ...draft,
                  [field]: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value,
                }),
            };
            return (
              <div class="field" key={field}>
                <label for={id}>{label}</label>
                {multiline ? (
                  <textarea rows={field === 'summary' ? 3 : 2} {...props} />
                ) : (
                  <input type="text" inputMode={field === 'url' ? 'url' : undefined} {...props} />
                )}
                {hint ? (
                  <p id={`${id}-hint`} class="hint">
                    {hint}
                  </p>
                ) : null}
                {error ? (
                  <p id={`${id}-error`} class="field-error">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <div class="buttons">
          <button type="submit">{editingId === null ? 'Add entry' : 'Save entry'}</button>
          {editingId !== null ? (
            <button type="button" onClick={reset}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
      <p role="status" class="status">
        {status}{' '}
        {deleted !== null ? (
          <button
            type="button"
            onClick={() => {
              const list = [...entries];
              list.splice(Math.min(deleted.index, list.length), 0, deleted.entry);
              setDeleted(null);
              void save(list, `Restored “${deleted.entry.name}”.`);
            }}
          >
            Undo
          </button>
        ) : null}
      </p>
    </section>
  );
}
