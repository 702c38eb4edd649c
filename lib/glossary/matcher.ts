// Finds every glossary name in an article's text in one pass: the names of all entries, their
// generated variants and their acronyms go into one automaton; hits are checked against the
// boundary and spelling rules (boundaries.ts) and the longest name wins where hits overlap.
// Phrases that hold a name but name no body (NOT_BODIES: titles, role nouns, the running head) go
// in too and claim their words, as does a name written inside another body's name the glossary
// lacks (otherNames.ts); short forms that need context count only where the article names their
// body in full.

import { buildAutomaton, type Automaton } from './automaton';
import { hasBoundaries, spelledAs, startsWithCapital } from './boundaries';
import { humpWindows } from './humps';
import { foldCodes, foldName } from './normalize';
import { inAnotherName } from './otherNames';
import { beforeRank } from './ranks';
import { continuesSpacedWord, spacedCapsWindows } from './spacedCaps';
import type { GlossaryLabel, MatchingEntry } from './types';
import { nameVariants } from './variants';
import { phrasesGivingWay } from './givingWay';

export { hasBoundaries } from './boundaries';

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
  /**
   * A name the glossary spells with a lower-case first letter ("al-Qaeda", "embedded PRT"): it may
   * match so written. Other names need their capital in the text ("Diplomatic Security", not
   * "diplomatic security"); phrases that name no body match in any case.
   */
  caseless?: true;
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
  const addKey = (key: string, pattern: Pattern) => {
    const dedupe = `${key}\u0000${pattern.entry}\u0000${pattern.exact ?? ''}\u0000${pattern.context ?? ''}\u0000${pattern.caseless ?? ''}`;
    if (key.length < 2 || seen.has(dedupe)) return;
    seen.add(dedupe);
    keys.push(key);
    patterns.push(pattern);
  };
  const addPattern = (spelling: string, pattern: Pattern) => addKey(foldName(spelling), pattern);
  const addName = (name: string, entry: number) => {
    for (const variant of nameVariants(name, entry >= 0)) {
      const pattern: Pattern =
        entry >= 0 && !/^\P{L}*\p{Lu}/u.test(variant)
          ? { entry, exact: null, caseless: true }
          : { entry, exact: null };
      addPattern(variant, pattern);
      const joined = variant.replace(/\s+/g, '');
      if (foldName(joined).length >= MIN_JOINED && /\s/.test(variant.trim()))
        addPattern(joined, pattern);
      // An acronym run into the capitalized word after it: "AFSAGoverning Board".
      const glued = variant.replace(ACRONYM_THEN_WORD, '$1');
      if (glued !== variant) addPattern(glued, pattern);
    }
  };
  entries.forEach((entry, index) => {
    for (const name of [entry.name, ...entry.aliases]) addName(name, index);
    for (const acronym of entry.acronyms) {
      addPattern(acronym, { entry: index, exact: acronym });
    }
    for (const alias of entry.contextAliases ?? []) {
      addPattern(alias, { entry: index, exact: alias, context: true });
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

/**
 * The last word of a body's name that an article may write in the plural when it names two such
 * bodies at once: "the House and Senate Appropriations Committees" names the Senate's committee
 * (and the House's, which it writes only in part).
 */
const PLURAL_HEAD =
  /(?:Committee|Subcommittee|Board|Commission|Council|Team|Office|Cent(?:er|re))$/i;

/** Whether text[start, end) is a name ending in a plural head, read with the "s" that follows it. */
function pluralEnd(text: string, start: number, end: number): boolean {
  const s = text.charAt(end);
  if (s !== 's' && s !== 'S') return false;
  const last = text.charAt(end - 1);
  // "COMMITTEES" in capitals, "Committees" otherwise.
  if ((s === 'S') !== (last === last.toUpperCase())) return false;
  return PLURAL_HEAD.test(text.slice(Math.max(start, end - 12), end));
}

interface Candidate {
  pattern: number;
  start: number;
  end: number;
}

/**
 * Every pattern hit in `text` that passes the spelling and boundary rules. `spaced`: `text` is the
 * article's own text, in which a word may be the rest of a letter-spaced one ("S USAN");
 * `openHumps`: it is read with its camel humps opened ("GermanMarshall" as "german marshall");
 * `humpsFound` collects where they are.
 */
function scanCandidates(
  glossary: CompiledGlossary,
  text: string,
  out: Candidate[],
  spaced = false,
  openHumps = false,
  humpsFound?: number[],
): void {
  const folded = foldCodes(text, openHumps, humpsFound);
  glossary.automaton.scanCodes(folded.codes, folded.length, (pattern, fs, fe) => {
    const start = folded.start[fs]!;
    const end = folded.end[fe - 1]!;
    const p = glossary.patterns[pattern]!;
    if (p.exact !== null) {
      if (!spelledAs(text, start, end, p.exact, p.context)) return;
    } else if (p.entry >= 0 && !p.caseless && !startsWithCapital(text, start, end)) return;
    let to = end;
    if (!hasBoundaries(text, start, end)) {
      // A full name in the plural ("… Appropriations Committees"): the span takes the "s".
      if (p.exact !== null || p.entry < 0 || !pluralEnd(text, start, end)) return;
      if (!hasBoundaries(text, start, end + 1)) return;
      to = end + 1;
    }
    if (spaced && continuesSpacedWord(text, start)) return;
    out.push({ pattern, start, end: to });
  });
}

/** Every occurrence of every glossary body in `text`, in text order, longest name first. */
export function matchGlossary(glossary: CompiledGlossary, text: string): Occurrence[] {
  const candidates: Candidate[] = [];
  const humps: number[] = [];
  scanCandidates(glossary, text, candidates, true, false, humps);
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
  // Words run together at a change of case ("GermanMarshall Fund") are read again around each
  // hump with a space opened there; a hit counts only where it spans an opened hump.
  for (const window of humpWindows(text, humps)) {
    const found: Candidate[] = [];
    scanCandidates(glossary, text.slice(window.start, window.end), found, true, true);
    for (const c of found) {
      const start = c.start + window.start;
      const end = c.end + window.start;
      if (window.spansHump(start, end)) candidates.push({ pattern: c.pattern, start, end });
    }
  }
  const contested = phrasesGivingWay(glossary.patterns, candidates);
  if (contested.size > 0) {
    const rest = candidates.filter((c) => !contested.has(c));
    candidates.length = 0;
    candidates.push(...rest);
  }
  // Longest first; among equals, the earlier one, and at the same span a phrase naming no body
  // (the running head read with its spaces closed). Then keep those that overlap nothing kept.
  const namesNoBody = (c: Candidate) => (glossary.patterns[c.pattern]!.entry < 0 ? 0 : 1);
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || namesNoBody(a) - namesNoBody(b),
  );
  const kept: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  outer: for (const c of candidates) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  // A name written inside another body's name claims its words like a phrase naming no body.
  const mentions = kept.filter((c) => {
    const p = glossary.patterns[c.pattern]!;
    return p.entry >= 0 && !inAnotherName(text, c.start, c.end, p.context === true);
  });
  // A short form counts only where the article also names its body by a full name or acronym, or
  // names a body that vouches for it (contextFrom: AFSA for a bare "State"), or where it is clear
  // by itself: a service before a rank ("Navy Admiral").
  const named = new Set<number>();
  for (const c of mentions) {
    const p = glossary.patterns[c.pattern]!;
    if (!p.context) named.add(p.entry);
  }
  const inContext = (entry: number) =>
    named.has(entry) || (glossary.vouchers?.[entry]?.some((v) => named.has(v)) ?? false);
  const occurrences: Occurrence[] = [];
  for (const c of mentions) {
    const p = glossary.patterns[c.pattern]!;
    if (p.context && !inContext(p.entry) && !beforeRank(text, c.end)) continue;
    occurrences.push({ entryId: glossary.entries[p.entry]!.id, start: c.start, end: c.end });
  }
  return occurrences.sort((a, b) => a.start - b.start);
}
