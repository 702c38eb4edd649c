// The reader frame's messages: what the content script acts on from the frame (well formed, within
// the store's limits), what the frame draws, and the pairing token.
import { describe, expect, it } from 'vitest';
import { isFromFrame, isToFrame, pairingToken } from '../../../lib/messaging/readerFrame';

describe('isFromFrame', () => {
  it('takes the frame’s ready, the reader’s acts and the frame’s size, for a numbered view', () => {
    expect(isFromFrame({ type: 'ready' })).toBe(true);
    expect(isFromFrame({ type: 'size', seq: 3, width: 384, height: 200 })).toBe(true);
    expect(isFromFrame({ type: 'act', seq: 3, act: 'recolor', color: 'green' })).toBe(true);
    expect(isFromFrame({ type: 'act', seq: 3, act: 'edit', note: 'n', tags: ['a'] })).toBe(true);
    expect(isFromFrame({ type: 'act', seq: 3, act: 'save', note: '', tags: [] })).toBe(true);
    for (const act of ['delete', 'close', 'cancel']) {
      expect(isFromFrame({ type: 'act', seq: 1, act })).toBe(true);
    }
  });

  it('refuses anything else: no view number, an unknown act or colour, text past the limits', () => {
    expect(isFromFrame({ type: 'act', act: 'close' })).toBe(false);
    expect(isFromFrame({ type: 'act', seq: 1, act: 'drop-tables' })).toBe(false);
    expect(isFromFrame({ type: 'act', seq: 1, act: 'recolor', color: 'red' })).toBe(false);
    const long = 'x'.repeat(20_001);
    expect(isFromFrame({ type: 'act', seq: 1, act: 'edit', note: long, tags: [] })).toBe(false);
    expect(isFromFrame({ type: 'act', seq: 1, act: 'edit', note: 'n', tags: [1] })).toBe(false);
    expect(isFromFrame({ type: 'size', seq: 1, width: 10, height: -1 })).toBe(false);
    expect(isFromFrame({ type: 'size', seq: 1, width: 10, height: Infinity })).toBe(false);
    expect(isFromFrame(null)).toBe(false);
    expect(isFromFrame('close')).toBe(false);
  });
});

describe('isToFrame', () => {
  it('is a numbered view of a known kind, or a hide', () => {
    expect(isToFrame({ type: 'hide' })).toBe(true);
    const view = { kind: 'term-notes', entryId: 'iom', name: 'IOM', pageUrl: 'https://a.b/' };
    expect(isToFrame({ type: 'show', seq: 1, view, focus: false })).toBe(true);
    expect(isToFrame({ type: 'show', view, focus: false })).toBe(false);
    expect(isToFrame({ type: 'show', seq: 1, view: { kind: 'html' }, focus: false })).toBe(false);
  });
});

describe('pairingToken', () => {
  it('is 128 random bits in hex, different each time', () => {
    expect(pairingToken((b) => b.fill(0xab))).toBe('ab'.repeat(16));
    const tokens = new Set(Array.from({ length: 100 }, () => pairingToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
  });
});
