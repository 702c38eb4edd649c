// @vitest-environment happy-dom
// How the notes page draws its first screen: only as many items as the window can show in the
// first frame, then a full page of them; and "Your data", whose code is loaded apart, drawn once it
// has arrived (or a message saying it could not be loaded, with the rest of the page working).
import { h, render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../../../components/notes/Deferred';
import { firstScreenItems, NotesApp, PAGE_SIZE } from '../../../components/notes/NotesApp';
import { DEFAULT_COLOR_NAMES } from '../../../lib/highlights/colorNames';
import type { NotesData } from '../../../lib/notes/items';
import { actionsWith, highlight, MARCH_28, names, NOW, until } from './notesFixtures';

let root: HTMLElement | null = null;
function mount(node: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  root = host;
  return host;
}

afterEach(() => {
  if (root === null) return;
  render(null, root);
  root.remove();
  root = null;
});

describe('firstScreenItems', () => {
  it('draws enough items to fill the window, at least one and never more than a page', () => {
    expect(firstScreenItems(900)).toBe(12);
    expect(firstScreenItems(900) * 80).toBeGreaterThanOrEqual(900);
    expect(firstScreenItems(0)).toBe(1);
    expect(firstScreenItems(100_000)).toBe(PAGE_SIZE);
  });
});

describe('the notes page’s first screen', () => {
  it('draws a screenful of the newest items first, then a page of them', async () => {
    const highlights = Array.from({ length: 3 * PAGE_SIZE }, (_, i) =>
      highlight(MARCH_28, { id: `x${i}`, createdAt: NOW - i, updatedAt: NOW - i }),
    );
    const data: NotesData = { highlights, pages: [MARCH_28], termNotes: [] };
    const actions = actionsWith(data);
    // Every state of the list the page commits, seen as it is committed.
    const drawn: number[] = [];
    const observer = new MutationObserver(() => {
      const count = page.querySelectorAll('[data-item]').length;
      if (count > 0 && count !== drawn[drawn.length - 1]) drawn.push(count);
    });
    const page = mount(h(NotesApp, { actions, colorNames: DEFAULT_COLOR_NAMES, names }));
    observer.observe(page, { subtree: true, childList: true });
    await until(() => page.querySelectorAll('[data-item]').length === PAGE_SIZE);
    observer.disconnect();
    expect(drawn[0]).toBe(firstScreenItems(window.innerHeight));
    expect(drawn[drawn.length - 1]).toBe(PAGE_SIZE);
    // The newest first, in order.
    const keys = [...page.querySelectorAll('[data-item]')].map((e) => e.getAttribute('data-item'));
    expect(keys.slice(0, 3)).toEqual(['h:x0', 'h:x1', 'h:x2']);
  });
});

describe('the notes page given its first screen’s data', () => {
  it('draws the newest items at once, then reads everything without asking for them again', async () => {
    const highlights = Array.from({ length: 20 }, (_, i) =>
      highlight(MARCH_28, { id: `f${i}`, createdAt: NOW - i, updatedAt: NOW - i }),
    );
    const whole: NotesData = { highlights, pages: [MARCH_28], termNotes: [] };
    const first: NotesData = {
      ...whole,
      highlights: highlights.slice(0, 5),
      partial: { after: NOW - 4 },
    };
    const readNewest = vi.fn(async () => first);
    const watch = vi.fn((onData: (data: NotesData) => void) => {
      onData(whole);
      return () => undefined;
    });
    const actions = actionsWith(whole, { readNewest, watch });
    const page = mount(h(NotesApp, { actions, colorNames: DEFAULT_COLOR_NAMES, names, first }));
    // In the very first commit: the items certainly newest (made after the oldest read), no
    // "Reading…" status, and nothing read yet.
    const keys = () =>
      [...page.querySelectorAll('[data-item]')].map((e) => e.getAttribute('data-item'));
    expect(keys()).toEqual(['h:f0', 'h:f1', 'h:f2', 'h:f3']);
    expect(page.textContent).not.toContain('Reading your highlights');
    expect(watch).not.toHaveBeenCalled();
    await until(() => keys().length === 20);
    expect(watch).toHaveBeenCalledTimes(1);
    expect(readNewest).not.toHaveBeenCalled();
  });
});

describe('Deferred', () => {
  it('draws what its code gives once loaded', async () => {
    const page = mount(
      h(Deferred, {
        load: async () => h('p', { 'data-part': 'take-away' }, 'Your data'),
        failure: 'Could not load.',
      }),
    );
    expect(page.textContent).toBe('');
    const part = await until(() => page.querySelector('[data-part="take-away"]'));
    expect(part.textContent).toBe('Your data');
  });

  it('says so, as an alert, when its code cannot be loaded', async () => {
    const page = mount(
      h(Deferred, {
        load: () => Promise.reject(new Error('chunk missing')),
        failure: 'Export and backup could not be loaded.',
      }),
    );
    const alert = await until(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe('Export and backup could not be loaded.');
  });
});
