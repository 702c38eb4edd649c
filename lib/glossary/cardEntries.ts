// The text of a term card, as the background answers it: a built-in entry from the embedded
// glossary, or one of the reader's own entries from extension storage, marked as theirs.

import { GLOSSARY_BY_ID } from './index';
import type { CardEntry, GlossaryLabel } from './types';
import { readUserEntries, toCardEntry, USER_ID_PREFIX } from './userEntries';

/**
 * The card entry for `id`, or null when there is none. `readStored` gives the stored list of the
 * reader's entries; it is read only for their ids, and a failed read counts as no entry.
 */
export async function findCardEntry(
  id: string,
  readStored: () => Promise<unknown>,
): Promise<CardEntry | null> {
  if (!id.startsWith(USER_ID_PREFIX)) return GLOSSARY_BY_ID.get(id) ?? null;
  const stored = await readStored().catch(() => undefined);
  const entry = readUserEntries(stored).find((e) => e.id === id);
  return entry === undefined ? null : toCardEntry(entry);
}

/**
 * The name and acronyms of any entry, built-in or the reader's (from their stored list), for
 * pages that name entries by id, such as the Markdown export (its `lookupEntry` option).
 */
export function entryLabelLookup(
  storedUserEntries: unknown,
): (id: string) => GlossaryLabel | undefined {
  const own = new Map(readUserEntries(storedUserEntries).map((e) => [e.id, e]));
  return (id) => GLOSSARY_BY_ID.get(id) ?? own.get(id);
}
