// @vitest-environment happy-dom
// The card triggers honour the reader's settings as they change: the hover delay is read at each
// hover, keyboard focus opens a card at once, and with cards off neither gesture opens one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCardTriggers } from '../../../lib/card/cardTriggers';

let controller: AbortController;
let term: HTMLElement;
const opened: string[] = [];
let settings = { enabled: true, hoverDelay: 300 };
let triggers: ReturnType<typeof watchCardTriggers>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p>The <fsj-gloss-term data-gloss-term="iom" data-gloss-occurrence="0" tabindex="0">IOM</fsj-gloss-term> said.</p>';
  term = document.querySelector('fsj-gloss-term')!;
  controller = new AbortController();
  opened.length = 0;
  settings = { enabled: true, hoverDelay: 300 };
  triggers = watchCardTriggers({
    doc: document,
    signal: controller.signal,
    openDelay: () => settings.hoverDelay,
    isEnabled: () => settings.enabled,
    closeDelay: 200,
    isCard: () => false,
    isPainted: (element) => element === term,
    // The test's events stand for the reader's (a page's made-up events are tested below).
    isTrusted: () => true,
    onOpen: (_t, via) => opened.push(`open ${via}`),
    onClose: () => opened.push('close'),
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

const hover = () => term.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

describe('watchCardTriggers with the reader’s settings', () => {
  it('opens after the hover delay in force when the pointer arrives', () => {
    settings.hoverDelay = 1000;
    hover();
    vi.advanceTimersByTime(999);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['open pointer']);
  });

  it('opens at once with a delay of 0, and at once on keyboard focus', () => {
    settings.hoverDelay = 0;
    hover();
    vi.advanceTimersByTime(0);
    expect(opened).toEqual(['open pointer']);
    triggers.close();
    term.focus();
    expect(opened).toEqual(['open pointer', 'close', 'open keyboard']);
  });

  it('opens nothing, by hover or by focus, while cards are off', () => {
    settings.enabled = false;
    hover();
    vi.advanceTimersByTime(5000);
    term.focus();
    expect(opened).toEqual([]);
  });

  it('closes the open card when asked (cards turned off while one is open)', () => {
    term.focus();
    triggers.close();
    expect(opened).toEqual(['open keyboard', 'close']);
  });
});

describe('watchCardTriggers while the reader selects', () => {
  const pointer = (type: string, target: Element, buttons: number) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, buttons }));
  const hoverPressed = () => pointer('mouseover', term, 1);

  it('opens nothing for the focus a press gives a name, nor for hovering one mid-drag', () => {
    pointer('pointerdown', term, 1);
    term.focus();
    hoverPressed();
    vi.advanceTimersByTime(5000);
    expect(opened).toEqual([]);
  });

  it('closes the open card when a press starts elsewhere on the page', () => {
    hover();
    vi.advanceTimersByTime(300);
    pointer('pointerdown', document.body, 1);
    expect(opened).toEqual(['open pointer', 'close']);
  });

  it('drops a hover that was about to open a card when the button goes down', () => {
    hover();
    vi.advanceTimersByTime(200);
    pointer('pointerdown', document.body, 1);
    vi.advanceTimersByTime(5000);
    expect(opened).toEqual([]);
  });

  it('opens the card on releasing a click on a name, but not after selecting across it', () => {
    pointer('pointerdown', term, 1);
    pointer('pointerup', term, 0);
    expect(opened).toEqual(['open pointer']);
    pointer('pointerdown', document.body, 1);
    const range = document.createRange();
    range.selectNodeContents(document.body);
    document.getSelection()!.addRange(range);
    pointer('pointerup', term, 0);
    vi.advanceTimersByTime(5000);
    expect(opened).toEqual(['open pointer', 'close']);
    document.getSelection()!.removeAllRanges();
  });

  it('hovers as usual once the button is up, even if the release was outside the page', () => {
    pointer('pointerdown', document.body, 1);
    hover();
    vi.advanceTimersByTime(300);
    expect(opened).toEqual(['open pointer']);
  });
});

describe('watchCardTriggers on a hostile page', () => {
  function watch(options: { trustEvents: boolean }) {
    const events: string[] = [];
    watchCardTriggers({
      doc: document,
      signal: controller.signal,
      openDelay: 0,
      closeDelay: 200,
      isCard: () => false,
      isPainted: (element) => element === term,
      ...(options.trustEvents ? { isTrusted: () => true } : {}),
      onOpen: (_t, via) => events.push(`open ${via}`),
      onClose: () => events.push('close'),
    });
    return events;
  }

  it('opens no card for a wrapper the page made, however like ours it looks', () => {
    controller.abort();
    controller = new AbortController();
    const events = watch({ trustEvents: true });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<fsj-gloss-term data-gloss-term="iom" data-gloss-occurrence="9" tabindex="0">IOM</fsj-gloss-term>',
    );
    const forged = document.querySelectorAll<HTMLElement>('fsj-gloss-term')[1]!;
    forged.focus();
    forged.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    term.focus();
    expect(events).toEqual(['open keyboard']);
  });

  it('ignores pointer events the page dispatched (not trusted)', () => {
    controller.abort();
    controller = new AbortController();
    const events = watch({ trustEvents: false });
    // An event made by script is not trusted (happy-dom leaves isTrusted unset; browsers say false).
    term.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });
});
