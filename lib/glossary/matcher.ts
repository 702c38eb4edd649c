// Finds every glossary name in an article's text in one pass: the names of all entries, their
// generated variants and their acronyms go into one automaton; hits are checked against the
// boundary rules and the longest name wins where hits overlap.

import { buildAutomaton, type Automaton } from './automaton';
import { foldCodes, foldName, isLetter } from './normalize';
import type { GlossaryLabel, MatchingEntry } from './types';
import { nameVariants } from './variants';

/** One place where the article names a body; offsets are into the text that was matched. */
export interface Occurrence {
  entryId: string;
  start: number;
  end: number;
}

export interface Pattern {
  entry: number;
  /** Acronyms match only with exactly this spelling (case-sensitive). */
  exact: string | null;
}

export interface CompiledGlossary {
  /** What the popup and the card need of each entry (its names are in the automaton). */
  readonly entries: readonly GlossaryLabel[];
  readonly automaton: Automaton;
  /** What each of the automaton's patterns stands for. */
  readonly patterns: readonly Pattern[];
}

/** The folded key of every name, generated variant and acronym, and what each stands for. */
export function glossaryPatterns(entries: readonly MatchingEntry[]): {
  keys: string[];
  patterns: Pattern[];
} {
  const keys: string[] = [];
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  const addPattern = (key: string, pattern: Pattern) => {
    const dedupe = `${key}\u0000${pattern.entry}\u0000${pattern.exact ?? ''}`;
    if (key.length < 2 || seen.has(dedupe)) return;
    seen.add(dedupe);
    keys.push(key);
    patterns.push(pattern);
  };
  entries.forEach((entry, index) => {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const variant of nameVariants(name)) {
        addPattern(foldName(variant), { entry: index, exact: null });
      }
    }
    for (const acronym of entry.acronyms) {
      addPattern(foldName(acronym), { entry: index, exact: acronym });
    }
  });
  return { keys, patterns };
}

/**
 * Prepares the glossary for matching, all at run time (tests, the benchmark's made-up glossary).
 * The content script loads the same patterns prepared at build time instead (loadGlossary.ts).
 */
export function compileGlossary(entries: readonly MatchingEntry[]): CompiledGlossary {
  const { keys, patterns } = glossaryPatterns(entries);
  return { entries, automaton: buildAutomaton(keys), patterns };
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isWordChar = (ch: string) => ch !== '' && (isLetter(ch) || (ch >= '0' && ch <= '9'));

/**
 * A name must stand as a word of its own. A change of case also counts as a boundary, because PDF
 * extraction loses spaces where the style changed ("usingMINURSO", "IOMbelieve"); capitals running
 * on ("BIOMETRIC") or lower case on both sides ("biomass") do not.
 */
export function hasBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charAt(start - 1) : '';
  const first = text.charAt(start);
  const last = text.charAt(end - 1);
  const after = end < text.length ? text.charAt(end) : '';
  const startOk = !isWordChar(before) || (isLower(before) && isUpper(first));
  const endOk = !isWordChar(after) || (isUpper(last) && isLower(after));
  return startOk && endOk;
}

/** Every occurrence of every glossary body in `text`, in text order, longest name first. */
export function matchGlossary(glossary: CompiledGlossary, text: string): Occurrence[] {
  const folded = foldCodes(text);
  const candidates: { pattern: number; start: number; end: number }[] = [];
  glossary.automaton.scanCodes(folded.codes, folded.length, (pattern, fs, fe) => {
    const start = folded.start[fs]!;
    const end = folded.end[fe - 1]!;
    const exact = glossary.patterns[pattern]!.exact;
    if (exact !== null && text.slice(start, end) !== exact) return;
    if (!hasBoundaries(text, start, end)) return;
    candidates.push({ pattern, start, end });
  });
  // Longest first; among equals, the earlier one. Then keep those that overlap nothing kept.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Occurrence[] = [];
  const taken = new Uint8Array(text.length);
  outer: for (const c of candidates) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push({
      entryId: glossary.entries[glossary.patterns[c.pattern]!.entry]!.id,
      start: c.start,
      end: c.end,
    });
  }
  return kept.sort((a, b) => a.start - b.start);
}
