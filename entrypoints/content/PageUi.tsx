// What the content script shows in its shadow root, as one piece of state rendered at once: the
// term card, a highlight's card, the selection toolbar (or its note editor), a toast, and a live
// region for announcements.

import { render } from 'preact';
import { HighlightCard, type HighlightCardProps } from '../../components/HighlightCard';
import { NoteEditor, type NoteEditorProps } from '../../components/NoteEditor';
import { SelectionToolbar, type SelectionToolbarProps } from '../../components/SelectionToolbar';
import { TermCard, type TermCardProps } from '../../components/TermCard';
import { Toast, type ToastProps } from '../../components/Toast';
import { usePlacement, type PlacementReference } from '../../components/usePlacement';

export interface UiState {
  term: TermCardProps | null;
  highlight: HighlightCardProps | null;
  toolbar: SelectionToolbarProps | null;
  editor: (NoteEditorProps & { reference: PlacementReference }) | null;
  toast: ToastProps | null;
  announcement: string;
}

export interface PageUi {
  readonly state: UiState;
  set(patch: Partial<UiState>): void;
}

function EditorPanel(props: NoteEditorProps & { reference: PlacementReference }) {
  const panel = usePlacement<HTMLDivElement>(props.reference);
  return (
    <div class="card panel" ref={panel} role="dialog" aria-label="Note" data-gloss-editor="">
      <NoteEditor {...props} />
    </div>
  );
}

function View({ state }: { state: UiState }) {
  return (
    <>
      {state.term ? <TermCard {...state.term} /> : null}
      {state.highlight ? (
        <HighlightCard key={state.highlight.record.id} {...state.highlight} />
      ) : null}
      {state.toolbar ? <SelectionToolbar {...state.toolbar} /> : null}
      {state.editor ? <EditorPanel {...state.editor} /> : null}
      {state.toast ? <Toast {...state.toast} /> : null}
      <p class="sr-only" role="status" aria-live="polite">
        {state.announcement}
      </p>
    </>
  );
}

/** Renders into `container` (inside the shadow root) whenever the state changes. */
export function createPageUi(container: HTMLElement): PageUi {
  let state: UiState = {
    term: null,
    highlight: null,
    toolbar: null,
    editor: null,
    toast: null,
    announcement: '',
  };
  const ui: PageUi = {
    get state() {
      return state;
    },
    set(patch) {
      state = { ...state, ...patch };
      render(<View state={state} />, container);
    },
  };
  return ui;
}
