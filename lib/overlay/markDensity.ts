// How many of an article's mentions are marked: every mention of every body (the default), or only
// the first mention of each. The reader's choice on the options page, kept in extension storage.
// Pure helpers over the stored value and the occurrences.

export const MARK_DENSITY_KEY = 'markDensity';

export type MarkDensity = 'every' | 'first';

/**
 * Every mention by default: a reader who meets a name anywhere in an article can hover or focus
 * it for its card, wherever they started reading; the marks are quiet enough to leave on.
 */
export const DEFAULT_MARK_DENSITY: MarkDensity = 'every';

/** The density to use, whatever was found in storage (anything else reads as the default). */
export function readMarkDensity(stored: unknown): MarkDensity {
  return stored === 'first' || stored === 'every' ? stored : DEFAULT_MARK_DENSITY;
}

/** The occurrences to mark at `density`; `occurrences` are in text order. */
export function occurrencesToMark<T extends { entryId: string }>(
  occurrences: readonly T[],
  density: MarkDensity,
): readonly T[] {
  if (density === 'every') return occurrences;
  const seen = new Set<string>();
  return occurrences.filter((o) => !seen.has(o.entryId) && seen.add(o.entryId));
}
