// Scoring for `npm run coverage`: which glossary entries stand for an annotated body, and how a
// page's marks compare with its annotated mentions (recall, precision, what was missed or wrong).

import { compileGlossary, matchGlossary, type CompiledGlossary } from '../../lib/glossary/matcher';
import { foldName } from '../../lib/glossary/normalize';
import type { MatchingEntry } from '../../lib/glossary/types';

/** An annotated mention: `text.slice(s, e) === surface`; `short` for bare stand-ins ("State"). */
export interface Mention {
  surface: string;
  canonical: string;
  s: number;
  e: number;
  short: boolean;
}

/** One marked occurrence on the page, as offsets into the page text. */
export interface Mark {
  entryId: string;
  start: number;
  end: number;
}

export interface PageScore {
  /** Mentions scored (short forms only when asked for). */
  mentions: number;
  /** Mentions overlapped by a mark of one of their body's entries. */
  found: number;
  /** Marks scored (marks on short forms left aside when those are). */
  marks: number;
  /** Marks that overlap a mention of their own body. */
  right: number;
  missed: Mention[];
  wrong: { entryId: string; text: string; mention?: string }[];
}

/** The names an annotation's canonical form gives: "Name (ACR / Other name)" yields all three. */
export function canonicalNames(canonical: string): string[] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(canonical);
  if (!m) return [canonical.trim()];
  return [m[1]!.trim(), ...m[2]!.split('/').map((s) => s.trim())].filter(Boolean);
}

/**
 * The entries that stand for an annotated body: those owning one of its canonical names or one of
 * the full surfaces annotators saw it under, or that the matcher finds spanning the whole of one
 * (so a variant the matcher makes, "U.S. Senate" for "United States Senate", counts). Empty when
 * the glossary does not know the body.
 */
export function bodyEntries(
  entries: readonly MatchingEntry[],
  canonical: string,
  surfaces: readonly string[],
  compiled: CompiledGlossary = compileGlossary(entries),
): Set<string> {
  const names = [...canonicalNames(canonical), ...surfaces];
  const wanted = new Set(names.map(foldName));
  const ids = new Set<string>();
  for (const entry of entries) {
    const own = [entry.name, ...entry.acronyms, ...entry.aliases];
    if (own.some((n) => wanted.has(foldName(n)))) ids.add(entry.id);
  }
  for (const name of names)
    for (const o of matchGlossary(compiled, name))
      if (o.start === 0 && o.end === name.length) ids.add(o.entryId);
  return ids;
}

const overlaps = (a: { s: number; e: number }, start: number, end: number) =>
  a.s < end && start < a.e;

/** Scores one page's marks against its annotated mentions. */
export function scorePage(
  text: string,
  mentions: readonly Mention[],
  marks: readonly Mark[],
  idsOf: (canonical: string) => ReadonlySet<string>,
  options: { withShort: boolean },
): PageScore {
  const score: PageScore = { mentions: 0, found: 0, marks: 0, right: 0, missed: [], wrong: [] };
  for (const mention of mentions) {
    if (mention.short && !options.withShort) continue;
    score.mentions++;
    const ids = idsOf(mention.canonical);
    if (marks.some((k) => ids.has(k.entryId) && overlaps(mention, k.start, k.end))) score.found++;
    else score.missed.push(mention);
  }
  for (const mark of marks) {
    const under = mentions.filter((m) => overlaps(m, mark.start, mark.end));
    if (!options.withShort && under.length > 0 && under.every((m) => m.short)) continue;
    score.marks++;
    if (under.some((m) => idsOf(m.canonical).has(mark.entryId))) score.right++;
    else
      score.wrong.push({
        entryId: mark.entryId,
        text: text.slice(mark.start, mark.end),
        ...(under[0] ? { mention: under[0].canonical } : {}),
      });
  }
  return score;
}
