// The text of a term card, as the background answers it: a built-in entry from the embedded
// glossary, or one of the reader's own entries from extension storage, marked as theirs.

import { GLOSSARY_BY_ID } from './index';
import type { CardEntry } from './types';
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
