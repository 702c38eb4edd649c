// How the browser keeps the extension's data: asks it to keep it (navigator.storage.persist()),
// then reads whether it does, whether the extension holds `unlimitedStorage`, and how much space
// the data takes. Only an extension page may ask: persist() exists only in windows (not in the
// background's service worker), and in a content script it would speak for the web page's origin.
// The APIs are passed in, so a test can give fakes.

/** The parts of navigator.storage this uses; any may be missing in a browser. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number }>;
}

/** The part of browser.permissions this uses. */
export interface PermissionsLike {
  contains: (permissions: { permissions: string[] }) => Promise<boolean>;
}

export interface StorageStanding {
  /** Whether the browser says the storage is persistent; null where it cannot say. */
  persisted: boolean | null;
  /**
   * Whether the extension holds `unlimitedStorage`. Chrome then never clears its storage to make
   * room, though it answers false to persisted() for extensions; Firefox grants it persistence.
   */
  unlimited: boolean;
  /** Bytes the extension's storage takes (the browser's estimate); null when it does not say. */
  usage: number | null;
}

const orFalse = (promise: Promise<boolean> | undefined) =>
  (promise ?? Promise.resolve(false)).catch(() => false);

/**
 * Asks the browser to keep the data unless it already does, and says how it stands. Why ask
 * here, where "Your data" is drawn (the notes page, the options page): what the reader then reads
 * is the browser's answer, and the reader is on a page about their data. Nothing here throws: an
 * API that fails reads as "not kept" or "unknown".
 */
export async function askToKeep(
  storage: StorageManagerLike | undefined,
  permissions: PermissionsLike | undefined,
): Promise<StorageStanding> {
  let persisted: boolean | null = null;
  if (storage?.persisted) {
    persisted = await orFalse(storage.persisted());
    if (!persisted && storage.persist) persisted = await orFalse(storage.persist());
  }
  const unlimited = await orFalse(permissions?.contains({ permissions: ['unlimitedStorage'] }));
  return { persisted, unlimited, usage: await usageOf(storage) };
}

/** The bytes used, as the browser estimates them; null when it cannot say. */
export async function usageOf(storage: StorageManagerLike | undefined): Promise<number | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage } = await storage.estimate();
    return typeof usage === 'number' && Number.isFinite(usage) ? usage : null;
  } catch {
    return null;
  }
}
