// @vitest-environment happy-dom
// The notes page's messages, rendered in happy-dom with the database replaced by plain functions:
// an empty library says how to start, a database that cannot be read says so and that nothing
// was changed, a failed write leaves the item as it was and says why, and user text is text.
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesApp, type NotesActions } from '../../../components/notes/NotesApp';
import { StoreFailure } from '../../../lib/db/errors';
import { DEFAULT_COLOR_NAMES } from '../../../lib/highlights/colorNames';
import type { NotesData } from '../../../lib/notes/items';
import { actionsWith, highlight, MARCH_28, names, termNote, until } from './notesFixtures';

const EMPTY: NotesData = { highlights: [], pages: [], termNotes: [] };

let root: HTMLElement;
function show(actions: NotesActions): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(h(NotesApp, { actions, colorNames: DEFAULT_COLOR_NAMES, names }), root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the notes page’s messages', () => {
  it('says how to start when nothing is saved', async () => {
    const page = show(actionsWith(EMPTY));
    const empty = await until(() => page.querySelector('[data-empty="none"]'));
    expect(empty.textContent).toMatch(/Nothing saved yet\. Select a passage .* press H/);
    expect(page.querySelector('[data-notes-list]')).toBeNull();
  });

  it('while only the newest are read, says so, and never that nothing is saved', async () => {
    // Highlights made long ago and edited lately: none is certain of its place yet, so the first
    // screen lists none of them, but the library is not empty.
    const data: NotesData = {
      highlights: [highlight(MARCH_28, { createdAt: 1, updatedAt: 50 })],
      pages: [MARCH_28],
      termNotes: [],
    };
    const page = show(
      actionsWith(data, {
        readNewest: async () => ({ ...data, partial: { after: 50 } }),
        watch: () => () => undefined,
      }),
    );
    const count = await until(() => page.querySelector('.count'));
    expect(count.textContent).toBe('The newest first; reading them all…');
    expect(page.querySelector('[data-empty="none"]')).toBeNull();
  });

  it('says the database could not be read, and that nothing was changed', async () => {
    const closed = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
    });
    const page = show(
      actionsWith(EMPTY, {
        readNewest: () => Promise.reject(closed),
        watch: (_onData, onError) => {
          onError(closed);
          return () => undefined;
        },
      }),
    );
    const alert = await until(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(
      /^Could not read your highlights and notes: The highlights database is closed/,
    );
    expect(alert.textContent).toMatch(/Nothing has been changed\.$/);
  });

  it('keeps the item as it was and says why when a save fails', async () => {
    const record = highlight(MARCH_28, {
      id: 'x',
      quote: 'A <i>quoted</i> passage',
      note: 'Before',
    });
    const page = show(
      actionsWith(
        { highlights: [record], pages: [MARCH_28], termNotes: [] },
        {
          updateHighlight: () =>
            Promise.reject(
              new StoreFailure(
                'not-found',
                'This highlight no longer exists; it may have been deleted.',
              ),
            ),
        },
      ),
    );
    const item = await until(() => page.querySelector('[data-item="h:x"]'));
    // User text is shown as text.
    expect(item.querySelector('.quote')!.textContent).toBe('A <i>quoted</i> passage');
    expect(item.querySelector('.quote i')).toBeNull();
    (item.querySelector('[data-action="edit"]') as HTMLButtonElement).click();
    const field = await until(() =>
      item.querySelector<HTMLTextAreaElement>('textarea[name="note"]'),
    );
    field.value = 'After';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    (item.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const toast = await until(() => page.querySelector('[data-toast="error"]'));
    expect(toast.textContent).toMatch(/This highlight no longer exists/);
    // The editor stays open with what the reader typed: nothing is lost.
    expect(item.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('After');
  });

  it('after another tab changed the note, says so and keeps what the reader typed', async () => {
    const opened = termNote(MARCH_28.url, { id: 'n1', note: 'Before' });
    let send: (data: NotesData) => void = () => undefined;
    const updateTermNote = vi.fn(() =>
      Promise.reject(
        new StoreFailure(
          'conflict',
          'This note was changed in another tab since you opened it; your text was kept — reopen the note to see both.',
        ),
      ),
    );
    const page = show(
      actionsWith(
        { highlights: [], pages: [MARCH_28], termNotes: [opened] },
        {
          watch: (onData) => {
            send = onData;
            onData({ highlights: [], pages: [MARCH_28], termNotes: [opened] });
            return () => undefined;
          },
          updateTermNote,
        },
      ),
    );
    const item = await until(() => page.querySelector('[data-item="n:n1"]'));
    (item.querySelector('[data-action="edit"]') as HTMLButtonElement).click();
    await until(() => item.querySelector('textarea[name="note"]'));
    // Another tab changes the note while the editor is open; the page shows what is stored.
    send({
      highlights: [],
      pages: [MARCH_28],
      termNotes: [{ ...opened, note: 'From the other tab', updatedAt: opened.updatedAt + 1 }],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const typed = page.querySelector<HTMLTextAreaElement>('[data-item="n:n1"] textarea')!;
    typed.value = 'After';
    typed.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the editor takes the keystroke
    (page.querySelector('[data-item="n:n1"] button[type="submit"]') as HTMLButtonElement).click();
    const toast = await until(() => page.querySelector('[data-toast="error"]'));
    // The edit says what the editor opened with, not what the page shows by now.
    expect(updateTermNote).toHaveBeenCalledWith('n1', { note: 'After' }, { note: 'Before' });
    expect(toast.textContent).toMatch(
      /^This note was changed in another tab since you opened it; your text was kept — reopen the note to see both\. Your text: “After”/,
    );
    expect(page.querySelector<HTMLTextAreaElement>('[data-item="n:n1"] textarea')!.value).toBe(
      'After',
    );
  });
});
