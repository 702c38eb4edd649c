// @vitest-environment happy-dom
// "Your data" tells the page when the reader seems about to export: the pointer entering it, or
// focus moving into it from the keyboard (the pages then start the export worker).
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TakeAway } from '../../../../components/data/TakeAway';
import { openGloss } from '../../db/testDb';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('TakeAway’s onIntent', () => {
  it('is called when the pointer enters it and when focus moves into it', async () => {
    const onIntent = vi.fn();
    host = document.createElement('div');
    document.body.append(host);
    render(h(TakeAway, { db: await openGloss(), onIntent }), host);
    const section = host.querySelector('section.takeaway')!;
    expect(onIntent).not.toHaveBeenCalled();
    section.dispatchEvent(new PointerEvent('pointerenter'));
    expect(onIntent).toHaveBeenCalledTimes(1);
    const button = section.querySelector('[data-action="export-everything"]')!;
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(onIntent).toHaveBeenCalledTimes(2);
  });
});
