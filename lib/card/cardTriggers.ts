// When the term card opens and closes: after a short hover on an occurrence, at once when the
// keyboard focuses one; it stays open while the pointer is on the term or on the card, and closes on
// Esc or when the pointer leaves both. While a pointer button is down the reader is selecting (or
// dragging): nothing opens, so no card lies under the drag to carry the selection off. Every listener is tied to `signal`, so cleanup is one abort.
// The page is not trusted: only wrappers the extension painted open a card, and pointer and key
// events the page made up (`isTrusted` false) are ignored.

export interface CardTriggerOptions {
  doc: Document;
  signal: AbortSignal;
  /** Milliseconds of hover before the card opens (read at each hover: the reader may change it). */
  openDelay: number | (() => number);
  /** Whether cards open at all (the reader may turn them off); true when not given. */
  isEnabled?: () => boolean;
  /** Milliseconds of grace after the pointer leaves, so it can travel from term to card. */
  closeDelay: number;
  /** Whether an event target belongs to the card (its shadow host). */
  isCard: (target: EventTarget | null) => boolean;
  /** Whether an element is an occurrence wrapper the extension painted (not one the page made). */
  isPainted: (element: Element) => boolean;
  /** Whether an event came from the reader; by default the browser's `isTrusted`. */
  isTrusted?: (event: Event) => boolean;
  onOpen: (term: HTMLElement, via: 'pointer' | 'keyboard') => void;
  onClose: (returnFocus: boolean) => void;
}

const TERM_SELECTOR = '[data-gloss-term]';

function closestTerm(target: EventTarget | null): HTMLElement | null {
  const element = target instanceof Element ? target : null;
  return (element?.closest(TERM_SELECTOR) as HTMLElement | null) ?? null;
}

/** What the caller can do with a running watch. */
export interface CardTriggers {
  /**
   * Closes the open card, if any (for example when the reader turns cards off), handing the focus
   * back to its term when `returnFocus`.
   */
  close(returnFocus?: boolean): void;
}

/** Starts watching the page for the gestures that open and close the card. */
export function watchCardTriggers(options: CardTriggerOptions): CardTriggers {
  const { doc, signal, closeDelay, isCard, isPainted, onOpen, onClose } = options;
  const enabled = options.isEnabled ?? (() => true);
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const termOf = (target: EventTarget | null): HTMLElement | null => {
    const term = closestTerm(target);
    return term !== null && isPainted(term) ? term : null;
  };
  const openDelay = () =>
    typeof options.openDelay === 'number' ? options.openDelay : options.openDelay();
  const win = doc.defaultView ?? window;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let current: HTMLElement | null = null;
  let openedVia: 'pointer' | 'keyboard' = 'pointer';
  /** A button is down on the page (not on the card): a selection may be in the making. */
  let pressed = false;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const close = (returnFocus = false) => {
    cancelOpen();
    cancelClose();
    if (current !== null) {
      current = null;
      onClose(returnFocus);
    }
  };
  const open = (term: HTMLElement, via: 'pointer' | 'keyboard') => {
    cancelOpen();
    cancelClose();
    current = term;
    openedVia = via;
    onOpen(term, via);
  };
  const scheduleClose = () => {
    cancelOpen();
    if (current !== null && closeTimer === undefined) {
      // While the reader types in the card (a note), the pointer leaving does not close it.
      closeTimer = win.setTimeout(() => {
        closeTimer = undefined;
        if (!isCard(doc.activeElement)) close();
      }, closeDelay);
    }
  };
  const listen = { signal, capture: true, passive: true } as const;

  // A press on the page starts a selection like on any text, a name included: whatever card is
  // open or about to open goes, and none opens (by hover or by the focus the press gives a name)
  // until the button is up again.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!trusted(event) || isCard(event.target)) return;
      pressed = true;
      close();
    },
    listen,
  );
  const release = (event: Event) => {
    if (!trusted(event) || !pressed) return;
    pressed = false;
    // A click on a name (nothing selected) asks for its card, as focusing it does.
    const term = termOf(event.target);
    const selection = doc.getSelection();
    const selecting = selection !== null && !selection.isCollapsed;
    if (term !== null && !selecting && enabled()) open(term, 'pointer');
  };
  doc.addEventListener('pointerup', release, listen);
  doc.addEventListener('pointercancel', () => (pressed = false), listen);

  doc.addEventListener(
    'mouseover',
    (event) => {
      if (!trusted(event)) return;
      if (isCard(event.target)) return cancelClose();
      // The release happened where no event reached this page (outside the window).
      if (pressed && (event as MouseEvent).buttons === 0) pressed = false;
      if (pressed) return;
      const term = termOf(event.target);
      // Back on the page from the card's frame (a frame's document keeps its own pointer events,
      // so no mouseout came): as if the pointer had left the card.
      if (term === null && current !== null && openedVia === 'pointer') return scheduleClose();
      if (term === null || !enabled()) return;
      cancelClose();
      if (current !== null && sameOccurrence(current, term)) return;
      cancelOpen();
      openTimer = win.setTimeout(() => open(term, 'pointer'), openDelay());
    },
    listen,
  );
  doc.addEventListener(
    'mouseout',
    (event) => {
      if (!trusted(event)) return;
      const from = isCard(event.target) ? 'card' : termOf(event.target) !== null ? 'term' : null;
      if (from === null) return;
      const to = event.relatedTarget;
      if (isCard(to)) return;
      const toTerm = termOf(to);
      if (toTerm !== null && current !== null && sameOccurrence(current, toTerm)) return;
      if (from === 'term' && toTerm !== null) return; // mouseover on the other term handles it
      scheduleClose();
    },
    listen,
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      if (!trusted(event)) return;
      if (isCard(event.target)) return cancelClose();
      const term = termOf(event.target);
      if (term !== null && enabled() && !pressed) open(term, 'keyboard');
    },
    listen,
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      if (current === null) return;
      const to = event.relatedTarget;
      if (isCard(to) || (termOf(to) !== null && sameOccurrence(current, termOf(to)!))) return;
      if (termOf(event.target) === null && !isCard(event.target)) return;
      if (to !== null) return close();
      // Focus went nowhere: the focused control may just have been replaced inside the card (a
      // button giving way to a note field). Close only if focus has not come back by then.
      win.setTimeout(() => {
        const now = doc.activeElement;
        if (current !== null && !isCard(now) && termOf(now) === null) close();
      }, 0);
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event)) return;
      if (event.key === 'Escape' && current !== null) close(true);
    },
    { signal, capture: true },
  );
  signal.addEventListener('abort', () => close(), { once: true });
  return { close: (returnFocus = false) => close(returnFocus) };
}

function sameOccurrence(a: HTMLElement, b: HTMLElement): boolean {
  return a.getAttribute('data-gloss-occurrence') === b.getAttribute('data-gloss-occurrence');
}
