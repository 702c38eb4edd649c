// Wires the term card: opened by the card triggers on a glossary occurrence, filled with the entry
// (asked of the background once per entry). The reader's notes on that organization are read,
// added and deleted by the reader frame at the card's foot, never by this script.

import type { CardSettings } from '../card/cardSettings';
import { watchCardTriggers, type CardTriggers } from '../card/cardTriggers';
import type { CardEntry } from '../glossary/types';
import type { Overlay } from '../overlay/overlay';
import type { PageUi } from './pageView';
import { isPaintedPart } from '../paint/paintedElements';
import { partsReference } from '../card/reference';

export interface TermCardsOptions {
  /** The entry's card text, asked of the background (null when it cannot be had). */
  askEntry: (id: string) => Promise<CardEntry | null>;
  doc: Document;
  signal: AbortSignal;
  ui: PageUi;
  overlay: () => Overlay;
  pageUrl: () => string;
  isCard: (target: EventTarget | null) => boolean;
  /** The reader's card settings, read at each gesture (they may change while the page is open). */
  settings: () => CardSettings;
}

/** Opens an entry's card for the names this script painted, while the reader wants cards. */
export function startTermCards(options: TermCardsOptions): CardTriggers {
  const { askEntry, doc, signal, ui, overlay, pageUrl, isCard, settings } = options;
  /** Card text comes from the background once per entry, a failed ask included. */
  const entries = new Map<string, Promise<CardEntry | null>>();
  const cardEntry = (id: string): Promise<CardEntry | null> => {
    let entry = entries.get(id);
    if (entry === undefined) {
      entry = askEntry(id).catch(() => null);
      entries.set(id, entry);
    }
    return entry;
  };
  let openTerm: HTMLElement | null = null;

  const show = (term: HTMLElement, entry: CardEntry) => {
    if (openTerm !== term) return;
    const occurrence = term.getAttribute('data-gloss-occurrence') ?? '';
    const count = overlay().terms.find((t) => t.id === entry.id)?.count ?? 1;
    ui.set({
      highlight: null,
      term: {
        entry,
        count,
        // Every part of the name (one broken over two lines has two): the card covers none.
        reference: partsReference(
          [...doc.querySelectorAll(`[data-gloss-occurrence="${CSS.escape(occurrence)}"]`)].filter(
            (part) => isPaintedPart(overlay().occurrences, part),
          ),
        ),
        notes: { pageUrl: pageUrl() },
        onDismiss: () => triggers.close(true),
      },
    });
  };

  const triggers = watchCardTriggers({
    doc,
    signal,
    openDelay: () => settings().hoverDelay,
    isEnabled: () => settings().enabled,
    closeDelay: 200,
    isCard,
    isPainted: (element) => isPaintedPart(overlay().occurrences, element),
    onOpen(term) {
      openTerm = term;
      void cardEntry(term.getAttribute('data-gloss-term') ?? '').then((entry) => {
        if (entry !== null) show(term, entry);
      });
    },
    onClose(returnFocus) {
      ui.set({ term: null });
      if (returnFocus) openTerm?.focus();
      openTerm = null;
    },
  });
  return triggers;
}
