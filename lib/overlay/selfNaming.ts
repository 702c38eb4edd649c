// A publication does not mark itself where it is read: on afsa.org, where every page is a page of
// The Foreign Service Journal, "FSJ" and "the Journal" in its running text are the magazine
// speaking of itself (a card on them would tell the reader what they are reading). Elsewhere the
// Journal is marked like any other entry.

/** The entries that are publications, and the sites where their own pages are read. */
const READ_ON: Readonly<Record<string, readonly string[]>> = { fsj: ['afsa.org'] };

const onSite = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** The entry ids not to mark on pages of `host`: the publications read there. */
export function selfNamedEntries(host: string): ReadonlySet<string> {
  const ids = Object.keys(READ_ON).filter((id) => READ_ON[id]!.some((s) => onSite(host, s)));
  return new Set(ids);
}

/**
 * What was found, without the occurrences of a publication on its own site. Why here and not in
 * the glossary: the same words on another site are worth a card.
 */
export function withoutSelfNaming<T extends { occurrences: readonly { entryId: string }[] }>(
  found: T,
  host: string,
): T {
  const self = selfNamedEntries(host);
  if (self.size === 0 || !found.occurrences.some((o) => self.has(o.entryId))) return found;
  return { ...found, occurrences: found.occurrences.filter((o) => !self.has(o.entryId)) };
}
