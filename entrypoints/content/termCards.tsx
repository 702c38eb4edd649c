// Wires the term card: opened by the card triggers on a glossary occurrence, filled with the entry
// (asked of the background once per entry). The reader's notes on that organization are read,
// added and deleted by the reader frame at the card's foot, never by this script.

import { browser } from 'wxt/browser';
import type { CardSettings } from '../../lib/card/cardSettings';
import { watchCardTriggers, type CardTriggers } from '../../lib/card/cardTriggers';
import type { CardEntry } from '../../lib/glossary/types';
import type { EntryRequest } from '../../lib/messaging/popup';
import type { Overlay } from '../../lib/overlay/overlay';
import type { PageUi } from './PageUi';
import { isPaintedPart } from '../../lib/paint/paintedElements';
import { partsReference } from '../../components/usePlacement';

export interface TermCardsOptions {
  doc: Document;
  signal: AbortSignal;
  ui: PageUi;
  overlay: () => Overlay;
  pageUrl: () => string;
  isCard: (target: EventTarget | null) => boolean;
  /** The reader's card settings, read at each gesture (they may change while the page is open). */
  settings: () => CardSettings;
}

/** Card text comes from the background, once per entry. */
const entries = new Map<string, Promise<CardEntry | null>>();
function cardEntry(id: string): Promise<CardEntry | null> {
  let entry = entries.get(id);
  if (entry === undefined) {
    const request: EntryRequest = { type: 'gloss:entry', id };
    entry = (browser.runtime.sendMessage(request) as Promise<CardEntry | null>).catch(() => null);
    entries.set(id, entry);
  }
  return entry;
}

export function startTermCards(options: TermCardsOptions): CardTriggers {
  const { doc, signal, ui, overlay, pageUrl, isCard, settings } = options;
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
