// Follows the reader's settings in extension storage while the page is open: each watched key's
// new value goes to the feature that reads it, and one abort stops the watching.

/** The part of `browser.storage` the watcher listens on. */
export interface SettingsStorage {
  onChanged: {
    addListener(listener: SettingsListener): void;
    removeListener(listener: SettingsListener): void;
  };
}

type SettingsListener = (
  changes: Record<string, { newValue?: unknown } | undefined>,
  area: string,
) => void;

/**
 * Calls `handlers[key]` with the new value of each changed key, in `handlers`' order. Why the
 * order: a feature may depend on another's setting being applied first (the overlay's density
 * before whether its names take focus). A removed key is given as `undefined`, which every
 * settings reader takes as its default.
 */
export function watchStoredSettings(
  storage: SettingsStorage,
  signal: AbortSignal,
  handlers: Record<string, (value: unknown) => void>,
): void {
  if (signal.aborted) return;
  const listener: SettingsListener = (changes, area) => {
    if (area !== 'local') return;
    for (const [key, handle] of Object.entries(handlers)) {
      const change = changes[key];
      if (change !== undefined) handle(change.newValue);
    }
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), {
    once: true,
  });
}
