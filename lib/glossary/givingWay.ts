// When a phrase that names no body ("Foreign Service officers") meets another body's name running
// into it ("Indian Foreign Service"), which of the two keeps the words.

import type { Pattern } from './matcher';

/** A pattern's hit in the text being matched. */
interface Span {
  pattern: number;
  start: number;
  end: number;
}

/** How far back a name that runs into a phrase naming no body may begin. */
const LONGEST_NAME_BEFORE = 120;

/**
 * A phrase naming no body gives way to another body's name that begins before it and runs into
 * it: "Foreign Service officers" names no body, but "Indian Foreign Service officers" names the
 * Indian Foreign Service. Not where the shared words name that same body ("United States Foreign
 * Service officers" stays a role), nor where they name nothing by themselves.
 */
export function phrasesGivingWay<C extends Span>(
  patterns: readonly Pick<Pattern, 'entry'>[],
  candidates: readonly C[],
): Set<C> {
  const giving = new Set<C>();
  const phrases = candidates.filter((c) => patterns[c.pattern]!.entry < 0);
  if (phrases.length === 0) return giving;
  const byStart = new Map<number, C[]>();
  for (const c of candidates) {
    if (patterns[c.pattern]!.entry < 0) continue;
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  const entryOf = (c: C) => patterns[c.pattern]!.entry;
  for (const phrase of phrases) {
    const shared = byStart.get(phrase.start) ?? [];
    for (let s = phrase.start - 1; s >= phrase.start - LONGEST_NAME_BEFORE && s >= 0; s--) {
      const runsIn = byStart
        .get(s)
        ?.some(
          (name) =>
            name.end > phrase.start &&
            name.end <= phrase.end &&
            shared.some((part) => part.end === name.end && entryOf(part) !== entryOf(name)),
        );
      if (runsIn) {
        giving.add(phrase);
        break;
      }
    }
  }
  return giving;
}
