// Replacing the page's one overlay: the old one is cleared over and removed before the new one is
// made, the new one becomes current once it arrives, and a later replace supersedes one still being
// made (whose overlay is removed as soon as it arrives and never becomes current).
import { describe, expect, it } from 'vitest';
import { createOverlaySwitch } from '../../../lib/content/overlaySwitch';
import type { Overlay } from '../../../lib/overlay/overlay';

/** An overlay as far as the switch touches it: named, and saying when it is removed. */
function fakeOverlay(name: string, told: string[]): Overlay {
  return {
    state: 'ready',
    scope: 'article',
    title: name,
    occurrences: [],
    terms: [],
    textModel: () => null,
    remove: () => void told.push(`remove ${name}`),
  };
}

function setUp() {
  const told: string[] = [];
  const overlay = (name: string) => fakeOverlay(name, told);
  const switcher = createOverlaySwitch(overlay('first'), {
    leaving: (o) => void told.push(`leaving ${o.title}`),
    arrived: (o) => void told.push(`arrived ${o.title}`),
  });
  return { told, overlay, switcher };
}

/** A made overlay that arrives when the test says. */
function later() {
  let arrive!: (overlay: Overlay) => void;
  const made = new Promise<Overlay>((resolve) => (arrive = resolve));
  return { make: () => made, arrive };
}

describe('replacing the overlay', () => {
  it('starts with the overlay it was given', () => {
    const { switcher } = setUp();
    expect(switcher.current.title).toBe('first');
  });

  it('clears over the old overlay, removes it, then makes the new one current', async () => {
    const { told, overlay, switcher } = setUp();
    await switcher.replace(() => overlay('second'));
    expect(told).toEqual(['leaving first', 'remove first', 'arrived second']);
    expect(switcher.current.title).toBe('second');
  });

  it('removes the old overlay before the new one is made', async () => {
    const { told, overlay, switcher } = setUp();
    const { make, arrive } = later();
    const replacing = switcher.replace(make);
    expect(told).toEqual(['leaving first', 'remove first']);
    arrive(overlay('second'));
    await replacing;
    expect(told).toEqual(['leaving first', 'remove first', 'arrived second']);
  });

  it('lets a later replace supersede one still being made: its overlay is removed on arrival', async () => {
    const { told, overlay, switcher } = setUp();
    const slow = later();
    const replacing = switcher.replace(slow.make);
    const fast = later();
    const superseding = switcher.replace(fast.make);
    fast.arrive(overlay('third'));
    await superseding;
    expect(switcher.current.title).toBe('third');
    slow.arrive(overlay('second'));
    await replacing;
    expect(switcher.current.title).toBe('third');
    expect(told).not.toContain('arrived second');
    expect(told.at(-1)).toBe('remove second');
  });

  it('drops the superseded overlay even when it arrives before the later one', async () => {
    const { told, overlay, switcher } = setUp();
    const slow = later();
    const replacing = switcher.replace(slow.make);
    const fast = later();
    const superseding = switcher.replace(fast.make);
    slow.arrive(overlay('second'));
    await replacing;
    expect(told).toContain('remove second');
    expect(told).not.toContain('arrived second');
    fast.arrive(overlay('third'));
    await superseding;
    expect(switcher.current.title).toBe('third');
    expect(told.at(-1)).toBe('arrived third');
  });
});
