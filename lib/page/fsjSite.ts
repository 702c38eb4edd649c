// Whether an address is on afsa.org, where FSJ pages live and where the content script is declared
// to run. Elsewhere the extension runs only because the reader asked (the popup's "Mark this
// page", through activeTab), and what such a page says about itself is believed less.

/** Whether `hostname` is afsa.org or one of its subdomains. */
export function isFsjHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'afsa.org' || host.endsWith('.afsa.org');
}

/** Whether `href` is an address on afsa.org; false for anything that does not parse. */
export function isFsjSite(href: string | undefined): boolean {
  try {
    return isFsjHost(new URL(href ?? '').hostname);
  } catch {
    return false;
  }
}
