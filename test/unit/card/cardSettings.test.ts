// The reader's card settings: reading whatever storage holds, and the hover delay they type.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CARD_SETTINGS,
  parseHoverDelay,
  readCardSettings,
} from '../../../lib/card/cardSettings';

describe('readCardSettings', () => {
  it('defaults to cards on after 300 ms, the delay cards always had', () => {
    expect(DEFAULT_CARD_SETTINGS).toEqual({ enabled: true, hoverDelay: 300 });
    for (const stored of [undefined, null, 'off', 42, {}]) {
      expect(readCardSettings(stored)).toEqual(DEFAULT_CARD_SETTINGS);
    }
  });

  it('reads stored values, keeping the delay within 0–2000 ms and whole', () => {
    expect(readCardSettings({ enabled: false, hoverDelay: 800 })).toEqual({
      enabled: false,
      hoverDelay: 800,
    });
    expect(readCardSettings({ hoverDelay: 99999 }).hoverDelay).toBe(2000);
    expect(readCardSettings({ hoverDelay: -5 }).hoverDelay).toBe(0);
    expect(readCardSettings({ hoverDelay: 120.6 }).hoverDelay).toBe(121);
    expect(readCardSettings({ enabled: 'no', hoverDelay: '800' })).toEqual(DEFAULT_CARD_SETTINGS);
  });
});

describe('parseHoverDelay', () => {
  it('takes whole milliseconds from 0 to 2000', () => {
    expect(parseHoverDelay(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseHoverDelay('2000')).toEqual({ ok: true, value: 2000 });
  });

  it('says why anything else cannot be used', () => {
    expect(parseHoverDelay('2001')).toEqual({
      ok: false,
      message: 'The delay must be between 0 and 2000 milliseconds.',
    });
    for (const input of ['', '-1', '1.5', 'soon', '1e3']) {
      expect(parseHoverDelay(input)).toEqual({
        ok: false,
        message: 'Give the delay as a whole number of milliseconds, 0 to 2000.',
      });
    }
  });
});
