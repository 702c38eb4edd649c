// Whether term cards open at all, and after how long a hover: the reader's choice on the options
// page, kept in extension storage. Pure helpers over the stored value.

export const CARD_SETTINGS_KEY = 'cardSettings';

export interface CardSettings {
  /** Off: neither hover nor keyboard focus opens a term card. */
  enabled: boolean;
  /** Milliseconds of hover before a card opens (keyboard focus opens it at once). */
  hoverDelay: number;
}

export const HOVER_DELAY_LIMITS = { min: 0, max: 2000 } as const;

export const DEFAULT_CARD_SETTINGS: CardSettings = { enabled: true, hoverDelay: 300 };

/** The settings to use, whatever was found in storage: missing or damaged values read as defaults. */
export function readCardSettings(stored: unknown): CardSettings {
  const settings = { ...DEFAULT_CARD_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return settings;
  const { enabled, hoverDelay } = stored as Record<string, unknown>;
  if (typeof enabled === 'boolean') settings.enabled = enabled;
  if (typeof hoverDelay === 'number' && Number.isFinite(hoverDelay)) {
    settings.hoverDelay = Math.round(
      Math.min(HOVER_DELAY_LIMITS.max, Math.max(HOVER_DELAY_LIMITS.min, hoverDelay)),
    );
  }
  return settings;
}

/** The delay the reader typed, or why it cannot be used. */
export function parseHoverDelay(
  input: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const text = input.trim();
  const { min, max } = HOVER_DELAY_LIMITS;
  if (!/^\d+$/.test(text)) {
    return {
      ok: false,
      message: `Give the delay as a whole number of milliseconds, ${min} to ${max}.`,
    };
  }
  const value = Number(text);
  if (value < min || value > max) {
    return { ok: false, message: `The delay must be between ${min} and ${max} milliseconds.` };
  }
  return { ok: true, value };
}
