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

/**
 * The host name in what the reader typed to switch a site off ("www.afsa.org", or an address
 * pasted from the address bar), or why it is not one.
 */
export function parseSiteInput(
  input: string,
): { ok: true; host: string } | { ok: false; message: string } {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type a site, for example www.afsa.org.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `“${text}” is not a site: type a host such as www.afsa.org.` };
  }
  const host = url.hostname.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)) {
    return { ok: false, message: `“${text}” is not a site: type a host such as www.afsa.org.` };
  }
  return { ok: true, host };
}
