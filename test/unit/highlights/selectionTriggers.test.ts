// @vitest-environment happy-dom
// The selection toolbar's triggers: which selections it is for (never in editable fields or the
// extension's own UI), which keys it answers (H, N, T, 1–5, Esc; never with Ctrl/⌘/Alt), and that
// clicking a saved highlight asks for its card.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isExcludedTarget,
  toolbarKeyOf,
  watchSelection,
  type ToolbarKey,
} from '../../../lib/highlights/selectionTriggers';

const key = (k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: k, ...init });

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('isExcludedTarget', () => {
  it('excludes text fields, editable regions and the extension’s own UI', () => {
    document.body.innerHTML =
      '<p id="text">Article</p><textarea id="area">x</textarea><input id="field">' +
      '<div contenteditable="true"><span id="editable">e</span></div>' +
      '<div data-gloss-ui=""><span id="ours">card</span></div>';
    const byId = (id: string) => document.getElementById(id)!;
    expect(isExcludedTarget(byId('text').firstChild)).toBe(false);
    expect(isExcludedTarget(byId('area'))).toBe(true);
    expect(isExcludedTarget(byId('field'))).toBe(true);
    expect(isExcludedTarget(byId('editable').firstChild)).toBe(true);
    expect(isExcludedTarget(byId('ours').firstChild)).toBe(true);
    expect(isExcludedTarget(null)).toBe(false);
  });
});

describe('toolbarKeyOf', () => {
  it('maps H, N, T, Esc and the digits 1–5 to the toolbar’s actions', () => {
    expect(toolbarKeyOf(key('h'))).toEqual({ action: 'highlight' });
    expect(toolbarKeyOf(key('H', { shiftKey: true }))).toEqual({ action: 'highlight' });
    expect(toolbarKeyOf(key('n'))).toEqual({ action: 'note' });
    expect(toolbarKeyOf(key('t'))).toEqual({ action: 'tag' });
    expect(toolbarKeyOf(key('Escape'))).toEqual({ action: 'dismiss' });
    expect(toolbarKeyOf(key('1'))).toEqual({ action: 'highlight', color: 'yellow' });
    expect(toolbarKeyOf(key('5'))).toEqual({ action: 'highlight', color: 'purple' });
  });

  it('leaves every other key, and browser shortcuts, to the page', () => {
    for (const other of [key('6'), key('0'), key('x'), key('Enter'), key(' ')]) {
      expect(toolbarKeyOf(other)).toBeNull();
    }
    expect(toolbarKeyOf(key('h', { ctrlKey: true }))).toBeNull();
    expect(toolbarKeyOf(key('n', { metaKey: true }))).toBeNull();
    expect(toolbarKeyOf(key('1', { altKey: true }))).toBeNull();
  });
});

describe('watchSelection', () => {
  function setUp(shown: () => boolean = () => true, trustEvents = true) {
    document.body.innerHTML =
      '<p id="p">Regional dialogue on migration.</p><textarea id="t">typed</textarea>' +
      '<p><fsj-gloss-highlight data-gloss-highlight="h7">saved</fsj-gloss-highlight></p>' +
      '<p><fsj-gloss-highlight data-gloss-highlight="forged">made by the page</fsj-gloss-highlight></p>';
    const painted = new WeakSet<Element>([document.querySelector('[data-gloss-highlight="h7"]')!]);
    const calls = { select: 0, clear: 0, keys: [] as ToolbarKey[], cards: [] as string[] };
    const controller = new AbortController();
    watchSelection({
      doc: document,
      signal: controller.signal,
      accepts: () => true,
      onSelect: () => calls.select++,
      onClear: () => calls.clear++,
      isToolbarShown: shown,
      onKey: (k) => calls.keys.push(k),
      onHighlight: (id) => calls.cards.push(id),
      isPainted: (element) => painted.has(element),
      // The test's events stand for the reader's, unless a test says they are the page's.
      ...(trustEvents ? { isTrusted: () => true } : {}),
    });
    return { calls, controller };
  }

  it('offers the toolbar when a selection of the article is finished with the pointer', async () => {
    vi.useFakeTimers();
    const { calls } = setUp();
    const text = document.getElementById('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 8);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.getElementById('p')!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await vi.runAllTimersAsync();
    expect(calls.select).toBe(1);
  });

  it('sends the toolbar’s keys only while it shows, and not from a text field', () => {
    let shown = false;
    const { calls } = setUp(() => shown);
    document.dispatchEvent(key('h'));
    expect(calls.keys).toEqual([]);
    shown = true;
    document.getElementById('t')!.dispatchEvent(key('h', { bubbles: true }));
    expect(calls.keys).toEqual([]);
    const press = key('2', { cancelable: true });
    document.dispatchEvent(press);
    expect(calls.keys).toEqual([{ action: 'highlight', color: 'green' }]);
    expect(press.defaultPrevented).toBe(true);
  });

  it('asks for a highlight’s card when it is clicked, and stops listening when aborted', () => {
    const { calls, controller } = setUp();
    document.getSelection()!.removeAllRanges();
    const saved = document.querySelector('[data-gloss-highlight]') as HTMLElement;
    saved.click();
    expect(calls.cards).toEqual(['h7']);
    controller.abort();
    saved.click();
    expect(calls.cards).toEqual(['h7']);
  });

  it('takes no gesture the page made up: a selection, a key or a click it dispatched', async () => {
    vi.useFakeTimers();
    const { calls } = setUp(() => true, false);
    const text = document.getElementById('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 8);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.getElementById('p')!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    document.dispatchEvent(key('h', { cancelable: true }));
    await vi.runAllTimersAsync();
    expect(calls.select).toBe(0);
    expect(calls.keys).toEqual([]);
    document.getSelection()!.removeAllRanges();
    (document.querySelector('[data-gloss-highlight="h7"]') as HTMLElement).click();
    expect(calls.cards).toEqual([]);
  });

  it('opens no card for a highlight wrapper the extension did not paint', () => {
    const { calls } = setUp();
    document.getSelection()!.removeAllRanges();
    (document.querySelector('[data-gloss-highlight="forged"]') as HTMLElement).click();
    expect(calls.cards).toEqual([]);
  });
});
