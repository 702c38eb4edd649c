// The notes page: every highlight and note on an organization, grouped by FSJ issue and page,
// newest first; search as you type, filters, edit and delete (with Undo) in place. It shows what
// the database holds now: edits made in another tab or on a page appear by themselves.

import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { toStoreError } from '../../lib/db/errors';
import { FIRST_READ } from '../../lib/db/firstScreenRead';
import type {
  HighlightChanges,
  HighlightRecord,
  PageRecord,
  TermNoteChanges,
  TermNoteRecord,
} from '../../lib/db/types';
import type { ColorNames } from '../../lib/highlights/colorNames';
import { NO_FILTERS, type NotesFilters } from '../../lib/notes/filters';
import type { NotesData, NotesItem } from '../../lib/notes/items';
import { Toast, type ToastProps } from '../Toast';
import type { ItemChanges } from './ItemEditor';
import { NotesList } from './NotesList';
import { NotesSearchBar } from './NotesSearchBar';
import { saveFailureMessage, saveItem } from './saveItem';
import { useNotesView } from './useNotesView';

type Update<Changes> = (id: string, changes: Changes, base: Changes) => Promise<unknown>;

export interface NotesActions {
  /** The newest highlights (and all notes and pages), read quickly for the first screen. */
  readNewest: (limit: number) => Promise<NotesData>;
  /** Sends every record set, now and after each change anywhere; returns how to stop. */
  watch: (onData: (data: NotesData) => void, onError: (error: unknown) => void) => () => void;
  /** Changes what the reader changed; `base` holds those fields as the editor opened with them. */
  updateHighlight: Update<HighlightChanges>;
  deleteHighlight: (id: string) => Promise<HighlightRecord>;
  restoreHighlight: (page: PageRecord, record: HighlightRecord) => Promise<unknown>;
  saveTermNote: (note: TermNoteRecord) => Promise<unknown>;
  updateTermNote: Update<TermNoteChanges>;
  deleteTermNote: (id: string) => Promise<TermNoteRecord>;
}

export interface NotesAppProps {
  actions: NotesActions;
  colorNames: ColorNames;
  names: (entryId: string) => string;
  /**
   * "Your data" (how the data is kept, export, backup, import), drawn below the list once the
   * list is drawn. Why below: it comes late (its code loads when the page is idle), and above
   * the list it pushed the list down as it came (a layout shift of 0.32). The header links to it.
   */
  dataSlot?: ComponentChildren;
  /**
   * The first screen's data, when it was read before the page was drawn: the list is drawn with
   * it at once, with no "Reading…" frame first, and readNewest is not asked.
   */
  first?: NotesData;
}

/** Items drawn at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

/**
 * Items drawn in the very first frame: as many as the window can show (an item is at least ~80 px
 * tall), so the first screen is not held up by drawing items below it; the list grows to
 * PAGE_SIZE as soon as that frame is painted.
 */
export function firstScreenItems(viewportHeight: number): number {
  return Math.max(1, Math.min(PAGE_SIZE, Math.ceil(viewportHeight / 80)));
}

/** Set once the first list is on screen, for `npm run bench`. */
export const LIST_PAINTED_MARK = 'fsj-notes:list-painted';
/** Set once everything has been read and drawn, for `npm run bench`. */
export const ALL_READ_MARK = 'fsj-notes:all-read';

type Loaded =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: NotesData };
type ToastState = Omit<ToastProps, 'onClose'> & { focus: boolean };

export function NotesApp({ actions, colorNames, names, dataSlot, first }: NotesAppProps) {
  const [loaded, setLoaded] = useState<Loaded>(() =>
    first ? { kind: 'ready', data: first } : { kind: 'loading' },
  );
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NotesFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(() => firstScreenItems(window.innerHeight));
  const [eager] = useState(limit);
  const [editing, setEditing] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const focusAfter = useRef<string | null>(null);
  const toastRef = useRef<HTMLDivElement>(null);
  /** Set once the list has grown from the first screen's items to a page of them. */
  const grown = useRef(false);
  /** What to do once the first screen is painted: read everything. */
  const afterPaint = useRef<(() => void) | null>(null);

  // A layout effect, before the paint-timing one below: given the first screen's data, the list
  // is committed with it, and that effect must already know to read everything after the paint.
  useLayoutEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    const showError = (error: unknown) =>
      setLoaded({ kind: 'error', message: toStoreError(error).message });
    // The newest items first, drawn at once; then everything, kept up to date. Reading all of a
    // large library takes a while, so it starts only once the first screen is on its way.
    const watchAll = () => {
      if (!stopped) stop = actions.watch((data) => setLoaded({ kind: 'ready', data }), showError);
    };
    if (first) afterPaint.current = watchAll;
    else
      actions.readNewest(FIRST_READ).then(
        (data) => {
          setLoaded((now) =>
            now.kind === 'ready' && !now.data.partial ? now : { kind: 'ready', data },
          );
          afterPaint.current = watchAll;
        },
        (error: unknown) => {
          showError(error);
          watchAll();
        },
      );
    return () => {
      stopped = true;
      stop?.();
    };
  }, [actions]);
  const data = loaded.kind === 'ready' ? loaded.data : null;
  const view = useNotesView(data, query, filters, limit, names, colorNames);

  // A layout effect runs as the list is committed, before the frame that paints it: the next
  // frame's callback, then the task after it, come right after that paint (as the keystroke's
  // timing in `npm run bench` does). A plain effect would run only after that frame, one late.
  useLayoutEffect(() => {
    const next = afterPaint.current;
    if (view === null || next === null) return;
    afterPaint.current = null;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(LIST_PAINTED_MARK);
        next();
      }),
    );
  }, [view]);
  useEffect(() => {
    // Once the first screen is painted, the rest of the first page of items is drawn.
    if (view === null || grown.current) return;
    grown.current = true;
    requestAnimationFrame(() => setTimeout(() => setLimit((n) => Math.max(n, PAGE_SIZE))));
  }, [view]);
  useEffect(() => {
    if (view === null || view.partial || performance.getEntriesByName(ALL_READ_MARK).length > 0) {
      return;
    }
    requestAnimationFrame(() => setTimeout(() => performance.mark(ALL_READ_MARK)));
  }, [view]);
  useEffect(() => {
    // Give focus back to the item's Edit button after saving or cancelling.
    // A restored item comes back with the next record set: wait for it.
    const key = focusAfter.current;
    if (key === null) return;
    const button = document.querySelector<HTMLElement>(
      `[data-item="${CSS.escape(key)}"] [data-action="edit"]`,
    );
    if (button === null) return;
    focusAfter.current = null;
    button.focus();
  });
  useEffect(() => {
    if (toast?.focus) toastRef.current?.querySelector('button')?.focus();
  }, [toast]);

  const fail = (error: unknown, message = toStoreError(error).message) =>
    setToast({ message, tone: 'error', actions: [], focus: true });

  const save = (item: NotesItem, changes: ItemChanges) => {
    saveItem(actions, item, changes).then(
      () => {
        focusAfter.current = item.key;
        setEditing(null);
        setToast({ message: 'Saved.', tone: 'info', actions: [], focus: false });
      },
      (error: unknown) => fail(error, saveFailureMessage(error, changes)),
    );
  };

  const remove = async (item: NotesItem) => {
    try {
      let undo: () => Promise<unknown>;
      if (item.kind === 'highlight') {
        const record = await actions.deleteHighlight(item.record.id);
        undo = () => actions.restoreHighlight(item.page, record);
      } else {
        const record = await actions.deleteTermNote(item.record.id);
        undo = () => actions.saveTermNote(record);
      }
      const what = item.kind === 'highlight' ? 'Highlight' : 'Note';
      setToast({
        message: `${what} deleted.`,
        tone: 'info',
        focus: true,
        actions: [
          {
            label: 'Undo',
            run: () =>
              undo().then(() => {
                focusAfter.current = item.key;
                setToast({ message: `${what} restored.`, tone: 'info', actions: [], focus: false });
              }, fail),
          },
        ],
      });
    } catch (error) {
      fail(error);
    }
  };

  const showMore = useCallback(() => setLimit((n) => n + PAGE_SIZE), []);
  const changeQuery = (next: string) => {
    setQuery(next);
    setLimit(PAGE_SIZE);
  };
  const changeFilters = (next: NotesFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
  };

  return (
    <div class="notes-page">
      <header class="notes-header">
        <h1>Highlights and notes</h1>
        <nav class="notes-links" aria-label="More">
          <a href="organizations.html" target="_blank" data-action="open-organizations">
            Index of organizations
          </a>
          <a href="#your-data" data-action="go-to-your-data">
            Your data and backups
          </a>
        </nav>
      </header>
      {loaded.kind === 'loading' ? <p role="status">Reading your highlights…</p> : null}
      {loaded.kind === 'error' ? (
        <p role="alert" class="error">
          Could not read your highlights and notes: {loaded.message} Nothing has been changed.
        </p>
      ) : null}
      {view !== null && view.all === 0 ? (
        <p class="empty" data-empty="none">
          Nothing saved yet. Select a passage in an FSJ article and press H to highlight it; notes
          on an organization are added from its card.
        </p>
      ) : null}
      {view !== null && view.all > 0 ? (
        <>
          <NotesSearchBar
            query={query}
            filters={filters}
            choices={view.choices}
            onQuery={changeQuery}
            onFilters={changeFilters}
          />
          <p class="count" role="status" data-count={view.matching}>
            {view.partial
              ? 'The newest first; reading them all…'
              : view.matching === view.all
                ? `${view.all} ${view.all === 1 ? 'item' : 'items'}`
                : `${view.matching} of ${view.all} items match`}
          </p>
          {view.matching === 0 ? (
            <p class="empty" data-empty="no-match">
              Nothing matches this search and these filters.{' '}
              <button
                type="button"
                onClick={() => {
                  changeQuery('');
                  changeFilters(NO_FILTERS);
                }}
              >
                Show everything
              </button>
            </p>
          ) : null}
          <NotesList
            query={query}
            groups={view.groups}
            shown={Math.min(limit, view.matching)}
            total={view.matching}
            eager={eager}
            editing={editing}
            colorNames={colorNames}
            names={names}
            onEdit={(item) => setEditing(item.key)}
            onSave={save}
            onCancel={() => {
              focusAfter.current = editing;
              setEditing(null);
            }}
            onDelete={(item) => void remove(item)}
            onShowMore={showMore}
          />
        </>
      ) : null}
      {/* Only once the list (or why it is missing) is drawn: nothing above it moves it then. */}
      {view !== null || loaded.kind === 'error' ? (
        <div id="your-data" class="data-slot" data-slot="your-data">
          {dataSlot}
        </div>
      ) : null}
      {toast !== null ? (
        <div class="toast-host" ref={toastRef}>
          <Toast {...toast} onClose={() => setToast(null)} />
        </div>
      ) : null}
    </div>
  );
}
