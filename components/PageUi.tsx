// What the content script shows, as one piece of state rendered at once. In its closed shadow root:
// the term card's public text, the selection toolbar, a toast, and a live region. Whatever holds
// the reader's own text (a highlight's card, the note editor, notes on an organization) is drawn
// by the reader frame, an extension page in an iframe the page cannot look into; the state's
// callbacks receive what the reader does there.

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { ReaderFrameHost, type FrameTarget } from './ReaderFrameHost';
import { SelectionToolbar } from './SelectionToolbar';
import { TermCard } from './TermCard';
import { Toast } from './Toast';
import type { ReaderView } from '../lib/messaging/readerFrame';
import { framePartOf, type FramePart } from '../lib/content/framePart';
import { EMPTY_UI_STATE, type PageUi, type UiState } from '../lib/content/pageView';
import type { ReaderLink } from '../lib/content/readerLink';

interface ViewProps {
  state: UiState;
  part: FramePart | null;
  link: ReaderLink;
  frameHeight: number;
  /** Whether the frame has been needed yet (it is loaded on first need, then kept). */
  frameWanted: boolean;
  onFrame: (iframe: HTMLIFrameElement) => void;
}

function View({ state, part, link, frameHeight, frameWanted, onFrame }: ViewProps) {
  const [card, setCard] = useState<HTMLDivElement | null>(null);
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const slotShown = part?.place === 'slot';
  let target: FrameTarget | null = null;
  if (part?.place === 'float' && part.reference !== null) {
    target = { kind: 'float', reference: part.reference };
  } else if (slotShown && card !== null && slot !== null) {
    target = { kind: 'slot', card, slot };
  }
  return (
    <>
      {state.term ? (
        <TermCard
          {...state.term}
          cardRef={setCard}
          notesSlot={slotShown ? { height: frameHeight, ref: setSlot } : undefined}
        />
      ) : null}
      {state.toolbar ? <SelectionToolbar {...state.toolbar} /> : null}
      {frameWanted ? (
        <ReaderFrameHost src={link.src} onFrame={onFrame} target={target} height={frameHeight} />
      ) : null}
      {state.toast ? <Toast {...state.toast} /> : null}
      <p class="sr-only" role="status" aria-live="polite">
        {state.announcement}
      </p>
    </>
  );
}

/** Renders into `container` (inside the shadow root) whenever the state changes. */
export function createPageUi(container: HTMLElement, link: ReaderLink): PageUi {
  let state: UiState = EMPTY_UI_STATE;
  let frame: HTMLIFrameElement | null = null;
  let frameWanted = false;
  let frameHeight = 0;
  let focusOnSize = false;
  let shownKind: ReaderView['kind'] | null = null;

  const draw = () => {
    const part = framePartOf(state);
    if (part === null) {
      link.hide();
      shownKind = null;
    } else {
      frameWanted = true;
      // A different kind of card: its height is not known until the frame says.
      if (part.view.kind !== shownKind) frameHeight = 0;
      shownKind = part.view.kind;
      if (link.show(part.view, part.focus, part.onAct) && part.focus) focusOnSize = true;
    }
    render(
      <View
        state={state}
        part={part}
        link={link}
        frameHeight={frameHeight}
        frameWanted={frameWanted}
        onFrame={(iframe) => {
          frame = iframe;
        }}
      />,
      container,
    );
  };
  link.onHeight((height) => {
    frameHeight = height;
    draw();
    if (focusOnSize && frame !== null) {
      focusOnSize = false;
      frame.focus();
    }
  });

  return {
    get state() {
      return state;
    },
    set(patch) {
      state = { ...state, ...patch };
      draw();
    },
    prepareFrame() {
      if (frameWanted) return;
      frameWanted = true;
      draw();
    },
  };
}
