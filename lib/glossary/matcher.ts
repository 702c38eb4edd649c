// Finds every glossary name in an article's text in one pass: the names of all entries, their
// generated variants and their acronyms go into one automaton; hits are checked against the
// boundary rules and the longest name wins where hits overlap. Phrases that hold a name but name
// no body (NOT_BODIES: titles, role nouns, the running head) go in too and claim their words;
// short forms that need context count only where the article names their body in full.

import { buildAutomaton, type Automaton } from './automaton';
import { foldCodes, foldName, isLetter } from './normalize';
import { spacedCapsWindows } from './spacedCaps';
import type { GlossaryLabel, MatchingEntry } from './types';
import { nameVariants } from './variants';

/** One place where the article names a body; offsets are into the text that was matched. */
export interface Occurrence {
  entryId: string;
  start: number;
  end: number;
}

export interface Pattern {
  /** The entry it names, or -1 for a phrase that names no body (it only claims its words). */
  entry: number;
  /** Acronyms and short forms match only with exactly this spelling (case-sensitive). */
  exact: string | null;
  /** A short form ("State"): kept only where the article also names the entry otherwise. */
  context?: true;
}

export interface CompiledGlossary {
  /** What the popup and the card need of each entry (its names are in the automaton). */
  readonly entries: readonly GlossaryLabel[];
  readonly automaton: Automaton;
  /** What each of the automaton's patterns stands for. */
  readonly patterns: readonly Pattern[];
  /** Per entry index, the entries whose naming also keeps its short forms (its `contextFrom`). */
  readonly vouchers?: Readonly<Record<number, readonly number[]>>;
}

/** The `contextFrom` of each entry as entry indexes (ids the glossary lacks are dropped). */
export function contextVouchers(entries: readonly MatchingEntry[]): Record<number, number[]> {
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const vouchers: Record<number, number[]> = {};
  entries.forEach((e, i) => {
    const from = (e.contextFrom ?? []).map((id) => index.get(id)).filter((n) => n !== undefined);
    if (from.length > 0 && e.contextAliases?.length) vouchers[i] = from;
  });
  return vouchers;
}

/**
 * A name written without its spaces, as PDF extraction runs words together ("ForeignService",
 * "DepartmentofState", "U.S.DEPARTMENTOFSTATE"); only for names long enough that their joined
 * letters could not be some other word.
 */
const MIN_JOINED = 10;
/** A leading acronym and the space before the capitalized word that follows it. */
const ACRONYM_THEN_WORD = /^(\p{Lu}{2,}) (?=\p{Lu}\p{Ll})/u;

/** The folded key of every name, generated variant and acronym, and what each stands for. */
export function glossaryPatterns(
  entries: readonly MatchingEntry[],
  notBodies: readonly string[] = [],
): {
  keys: string[];
  patterns: Pattern[];
} {
  const keys: string[] = [];
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  const addPattern = (key: string, pattern: Pattern) => {
    const dedupe = `${key}\u0000${pattern.entry}\u0000${pattern.exact ?? ''}\u0000${pattern.context ?? ''}`;
    if (key.length < 2 || seen.has(dedupe)) return;
    seen.add(dedupe);
    keys.push(key);
    patterns.push(pattern);
  };
  const addName = (name: string, entry: number) => {
    for (const variant of nameVariants(name)) {
      addPattern(foldName(variant), { entry, exact: null });
      const joined = foldName(variant.replace(/\s+/g, ''));
      if (joined.length >= MIN_JOINED && /\s/.test(variant.trim()))
        addPattern(joined, { entry, exact: null });
      // An acronym run into the capitalized word after it: "AFSAGoverning Board".
      const glued = variant.replace(ACRONYM_THEN_WORD, '$1');
      if (glued !== variant) addPattern(foldName(glued), { entry, exact: null });
    }
  };
  entries.forEach((entry, index) => {
    for (const name of [entry.name, ...entry.aliases]) addName(name, index);
    for (const acronym of entry.acronyms) {
      addPattern(foldName(acronym), { entry: index, exact: acronym });
    }
    for (const alias of entry.contextAliases ?? []) {
      addPattern(foldName(alias), { entry: index, exact: alias, context: true });
    }
  });
  for (const phrase of notBodies) addName(phrase, -1);
  return { keys, patterns };
}

/**
 * Prepares the glossary for matching, all at run time (tests, the benchmark's made-up glossary).
 * The content script loads the same patterns prepared at build time instead (loadGlossary.ts).
 */
export function compileGlossary(
  entries: readonly MatchingEntry[],
  notBodies: readonly string[] = [],
): CompiledGlossary {
  const { keys, patterns } = glossaryPatterns(entries, notBodies);
  return {
    entries,
    automaton: buildAutomaton(keys),
    patterns,
    vouchers: contextVouchers(entries),
  };
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isWordChar = (ch: string) => ch !== '' && (isLetter(ch) || (ch >= '0' && ch <= '9'));

/**
 * A name must stand as a word of its own. A change of case also counts as a boundary, because PDF
 * extraction loses spaces where the style changed ("usingMINURSO", "IOMbelieve", and a capital
 * starting a word after capitals: "USAIDAdministrator", "AFSAGoverning"); capitals running on
 * ("BIOMETRIC"), a plural acronym ("FSNs" is not "FS") or lower case on both sides ("biomass") do
 * not.
 */
export function hasBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charAt(start - 1) : '';
  const first = text.charAt(start);
  const second = text.charAt(start + 1);
  const last = text.charAt(end - 1);
  const after = end < text.length ? text.charAt(end) : '';
  const afterNext = text.charAt(end + 1);
  // A capital after the name starts a run-on word only if lower case follows it for two letters:
  // "USAIDAdministrator" splits, the plural acronym "FSNs" does not ("FS" + "Ns").
  const wordAfter = isLower(afterNext) && isLower(text.charAt(end + 2));
  const startOk =
    !isWordChar(before) ||
    (isUpper(first) && (isLower(before) || (isUpper(before) && isLower(second))));
  const endOk =
    !isWordChar(after) || (isUpper(last) && (isLower(after) || (isUpper(after) && wordAfter)));
  return startOk && endOk;
}

interface Candidate {
  pattern: number;
  start: number;
  end: number;
}

/** Every pattern hit in `text` that passes the spelling and boundary rules. */
function scanCandidates(glossary: CompiledGlossary, text: string, out: Candidate[]): void {
  const folded = foldCodes(text);
  glossary.automaton.scanCodes(folded.codes, folded.length, (pattern, fs, fe) => {
    const start = folded.start[fs]!;
    const end = folded.end[fe - 1]!;
    const exact = glossary.patterns[pattern]!.exact;
    if (exact !== null && text.slice(start, end) !== exact) return;
    if (!hasBoundaries(text, start, end)) return;
    out.push({ pattern, start, end });
  });
}

/** Every occurrence of every glossary body in `text`, in text order, longest name first. */
export function matchGlossary(glossary: CompiledGlossary, text: string): Occurrence[] {
  const candidates: Candidate[] = [];
  scanCandidates(glossary, text, candidates);
  // Letter-spaced small caps ("A FSA", "D EPARTMENT OF H OMELAND S ECURITY") are read again with
  // the spaces closed; a hit counts only where it spans a closed space.
  for (const window of spacedCapsWindows(text)) {
    const found: Candidate[] = [];
    scanCandidates(glossary, window.text, found);
    for (const c of found) {
      if (!window.closesWithin(c.start, c.end)) continue;
      candidates.push({
        pattern: c.pattern,
        start: window.toText(c.start),
        end: window.toText(c.end - 1) + 1,
      });
    }
  }
  // Longest first; among equals, the earlier one. Then keep those that overlap nothing kept.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  outer: for (const c of candidates) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  // A short form counts only where the article also names its body by a full name or acronym, or
  // names a body that vouches for it (contextFrom: AFSA for a bare "State").
  const named = new Set<number>();
  for (const c of kept) {
    const p = glossary.patterns[c.pattern]!;
    if (p.entry >= 0 && !p.context) named.add(p.entry);
  }
  const inContext = (entry: number) =>
    named.has(entry) || (glossary.vouchers?.[entry]?.some((v) => named.has(v)) ?? false);
  const occurrences: Occurrence[] = [];
  for (const c of kept) {
    const p = glossary.patterns[c.pattern]!;
    if (p.entry < 0 || (p.context && !inContext(p.entry))) continue;
    occurrences.push({ entryId: glossary.entries[p.entry]!.id, start: c.start, end: c.end });
  }
  return occurrences.sort((a, b) => a.start - b.start);
}
