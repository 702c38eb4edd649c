// Whether a name the reader gives their own entry is already taken: every folded name, generated
// spelling and acronym of the other entries (built-in and the reader's), and a message naming the
// entry that holds it. Pure.

import { glossaryPatterns } from './matcher';
import { USER_ID_PREFIX, type MatchingEntry } from './types';

const quoted = (s: string) => `“${s}”`;

/** Every folded name and variant already claimed, and by which entry. */
export function claimedNames(entries: readonly MatchingEntry[]): Map<string, MatchingEntry> {
  const { keys, patterns } = glossaryPatterns(entries);
  const owners = new Map<string, MatchingEntry>();
  keys.forEach((key, i) => {
    if (!owners.has(key)) owners.set(key, entries[patterns[i]!.entry]!);
  });
  return owners;
}

function clashMessage(text: string, owner: MatchingEntry): string {
  return owner.id.startsWith(USER_ID_PREFIX)
    ? `${quoted(text)} is already a name of your entry ${quoted(owner.name)}.`
    : `${quoted(text)} is already a name of the built-in entry ${quoted(owner.name)}.`;
}

/** The first of `names` (with its generated spellings) that another entry claims, as a message. */
export function findClash(
  names: readonly string[],
  kind: 'name' | 'acronym',
  claimed: ReadonlyMap<string, MatchingEntry>,
): string | null {
  for (const text of names) {
    const probe: MatchingEntry =
      kind === 'name'
        ? { id: '', name: text, acronyms: [], aliases: [] }
        : { id: '', name: '', acronyms: [text], aliases: [] };
    for (const key of glossaryPatterns([probe]).keys) {
      const owner = claimed.get(key);
      if (owner !== undefined) return clashMessage(text, owner);
    }
  }
  return null;
}
