// The per-site off switch, kept as a list of host names. Pure helpers over the stored value.

export const DISABLED_SITES_KEY = 'disabledSites';

/** The stored list, whatever was found in storage (missing or damaged values read as empty). */
export function readDisabledSites(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

/** The list after switching the overlay on or off for `host`. */
export function setSiteDisabled(
  list: readonly string[],
  host: string,
  disabled: boolean,
): string[] {
  const rest = list.filter((h) => h !== host);
  return disabled ? [...rest, host].sort() : rest;
}
