// isPopupMessage: which values arriving over runtime messaging are the popup's typed messages.
import { describe, expect, it } from 'vitest';
import { isPopupMessage } from '../../../lib/messaging/popup';

describe('isPopupMessage', () => {
  it('accepts the status and annotate-page requests', () => {
    expect(isPopupMessage({ type: 'gloss:status' })).toBe(true);
    expect(isPopupMessage({ type: 'gloss:annotate-page' })).toBe(true);
  });

  it('accepts scroll-to only with a string entry id', () => {
    expect(isPopupMessage({ type: 'gloss:scroll-to', entryId: 'iom' })).toBe(true);
    expect(isPopupMessage({ type: 'gloss:scroll-to' })).toBe(false);
    expect(isPopupMessage({ type: 'gloss:scroll-to', entryId: 7 })).toBe(false);
  });

  it('accepts a selection command only for highlight or note', () => {
    expect(isPopupMessage({ type: 'gloss:selection-command', action: 'highlight' })).toBe(true);
    expect(isPopupMessage({ type: 'gloss:selection-command', action: 'note' })).toBe(true);
    for (const action of [undefined, 'delete', 'Highlight', 1, null, ['note']]) {
      expect(
        isPopupMessage({ type: 'gloss:selection-command', action }),
        JSON.stringify(action),
      ).toBe(false);
    }
  });

  it('rejects other types and values that are not objects', () => {
    for (const value of [
      undefined,
      null,
      'gloss:status',
      42,
      [],
      {},
      { type: 'gloss:unknown' },
      { type: 'other-extension:status' },
      { kind: 'gloss:status' },
    ]) {
      expect(isPopupMessage(value), JSON.stringify(value)).toBe(false);
    }
  });
});
