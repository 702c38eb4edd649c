// @vitest-environment happy-dom
// The term card on the page, against a fake page UI and a fake background: a name the extension
// painted opens its entry's card (text asked of the background once per entry, however often it
// is opened, a failed ask included, and a failed ask opens nothing); a look-alike the page made
// opens nothing; with cards off in the settings nothing opens; once the content script's signal
// aborts the page is no longer watched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTermCards } from '../../../lib/content/termCards';
import { EMPTY_UI_STATE, type PageUi, type UiState } from '../../../lib/content/pageView';
import type { CardSettings } from '../../../lib/card/cardSettings';
import type { CardEntry } from '../../../lib/glossary/types';
import { getCompiledGlossary } from '../../../lib/glossary/index';
import { applyOverlay } from '../../../lib/overlay/applyOverlay';
import type { Overlay } from '../../../lib/overlay/overlay';

const PAGE_URL = 'https://www.afsa.org/fsj-0319';
const iom: CardEntry = {
  id: 'iom',
  name: 'International Organization for Migration',
  acronyms: ['IOM'],
  summary: 'The UN migration agency.',
  url: 'https://www.iom.int/',
};

/** The page UI as the features see it: the state, each patch kept. */
function fakeUi(): PageUi & { patches: Partial<UiState>[] } {
  const patches: Partial<UiState>[] = [];
  let state = EMPTY_UI_STATE;
  return {
    patches,
    get state() {
      return state;
    },
    set(patch) {
      patches.push(patch);
      state = { ...state, ...patch };
    },
    prepareFrame: () => {},
  };
}

/** A gesture of the reader's (happy-dom's events carry no `isTrusted`; the browser's say true). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const focus = (element: Element) =>
  element.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
const escape = () =>
  document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
/** Lets the asked entry arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
let overlay: Overlay;
let ui: ReturnType<typeof fakeUi>;
let asked: string[];
let answer: (id: string) => Promise<CardEntry | null>;
let settings: CardSettings;

beforeEach(() => {
  document.body.innerHTML =
    '<p>The IOM met in Geneva. Later the IOM said more.</p>' +
    '<p><fsj-gloss-term data-gloss-term="iom" data-gloss-occurrence="9" tabindex="0">fake</fsj-gloss-term></p>';
  overlay = applyOverlay(document, getCompiledGlossary(), 'page');
  controller = new AbortController();
  ui = fakeUi();
  asked = [];
  answer = async (id) => (id === 'iom' ? iom : null);
  settings = { enabled: true, hoverDelay: 300 };
  startTermCards({
    askEntry: (id) => {
      asked.push(id);
      return answer(id);
    },
    doc: document,
    signal: controller.signal,
    ui,
    overlay: () => overlay,
    pageUrl: () => PAGE_URL,
    isCard: () => false,
    settings: () => settings,
  });
});
afterEach(() => {
  controller.abort();
  overlay.remove();
});

/** The painted names, in page order (the page's own look-alike is not among them). */
const painted = () => overlay.occurrences.map((o) => o.parts[0]!);

describe('opening a term card', () => {
  it("opens the entry's card on a painted name, with the article's count and the notes' page", async () => {
    expect(painted()).toHaveLength(2);
    focus(painted()[0]!);
    await settle();
    const term = ui.state.term!;
    expect(term.entry).toEqual(iom);
    expect(term.count).toBe(2);
    expect(term.notes).toEqual({ pageUrl: PAGE_URL });
    expect(ui.state.highlight).toBeNull();
  });

  it('asks for the card text once per entry, however often its cards are opened', async () => {
    focus(painted()[0]!);
    await settle();
    escape();
    focus(painted()[1]!);
    await settle();
    escape();
    focus(painted()[0]!);
    await settle();
    expect(asked).toEqual(['iom']);
    expect(ui.state.term?.entry).toEqual(iom);
  });

  it('opens no card, and throws nothing, when the card text cannot be had; nor asks again', async () => {
    answer = () => Promise.reject(new Error('Could not establish connection.'));
    focus(painted()[0]!);
    await settle();
    expect(ui.state.term).toBeNull();
    focus(painted()[1]!);
    await settle();
    expect(ui.state.term).toBeNull();
    expect(asked).toEqual(['iom']);
  });

  it('opens no card when the background has no such entry', async () => {
    answer = async () => null;
    focus(painted()[0]!);
    await settle();
    expect(ui.state.term).toBeNull();
  });

  it('shows no card whose text arrives after the reader closed it', async () => {
    let arrive!: (entry: CardEntry) => void;
    answer = () => new Promise((resolve) => (arrive = resolve));
    focus(painted()[0]!);
    escape();
    arrive(iom);
    await settle();
    expect(ui.state.term).toBeNull();
  });

  it('opens nothing for a look-alike the page made with our tag and attributes', async () => {
    focus(document.querySelector('[data-gloss-occurrence="9"]')!);
    await settle();
    expect(asked).toEqual([]);
    expect(ui.patches).toEqual([]);
  });

  it('opens nothing for a gesture the page made up (not trusted)', async () => {
    painted()[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(asked).toEqual([]);
    expect(ui.state.term).toBeNull();
  });

  it('opens nothing while the reader has cards turned off, and again once they are on', async () => {
    settings = { enabled: false, hoverDelay: 300 };
    focus(painted()[0]!);
    await settle();
    expect(asked).toEqual([]);
    expect(ui.state.term).toBeNull();
    settings = { enabled: true, hoverDelay: 300 };
    focus(painted()[0]!);
    await settle();
    expect(ui.state.term?.entry).toEqual(iom);
  });
});

describe('closing a term card', () => {
  it('closes on Esc and gives the focus back to the name', async () => {
    const name = painted()[1]!;
    focus(name);
    await settle();
    escape();
    expect(ui.state.term).toBeNull();
    expect(document.activeElement).toBe(name);
  });

  it("closes from the notes at the card's foot, giving the focus back to the name", async () => {
    const name = painted()[0]!;
    focus(name);
    await settle();
    ui.state.term!.onDismiss!();
    expect(ui.state.term).toBeNull();
    expect(document.activeElement).toBe(name);
  });

  it("stops watching the page once the content script's signal aborts, closing an open card", async () => {
    focus(painted()[0]!);
    await settle();
    controller.abort();
    expect(ui.state.term).toBeNull();
    const patches = ui.patches.length;
    focus(painted()[1]!);
    await settle();
    expect(ui.patches).toHaveLength(patches);
  });
});
