// The glossary's gate: every entry must be complete, sourced and unambiguous before it ships. The
// build refuses a glossary with any problem (wxt.config.ts), and the unit tests say why a clash was
// refused. Pure: entries in, one sentence per problem out.

import { glossaryPatterns } from './matcher';
import { foldName } from './normalize';
import { BODY_KINDS, type GlossaryEntry, type MatchingEntry } from './types';

const KINDS: ReadonlySet<string> = new Set(BODY_KINDS);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ADDRESS = /https?:\/\/[^\s;,)]+\.[^\s;,)]+/;

/** The problems of one entry on its own: fields present, well formed, and sourced. */
export function entryProblems(e: GlossaryEntry): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${e.id || '(no id)'}: ${what}`);
  if (!ID.test(e.id)) say('the id must be kebab-case (a-z, 0-9 and single hyphens)');
  if (e.name.trim() === '') say('the name is empty');
  if (e.summary.trim().length < 20) say('the summary must be a sentence or two');
  if (!KINDS.has(e.kind)) say(`"${e.kind}" is not a kind the card knows`);
  if (!ADDRESS.test(e.source)) say('the source must give the address of a page that was read');
  if (/general knowledge/i.test(e.source)) say('"general knowledge" is not a source');
  if (e.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(e.url))
    say('the official site must be an http(s) address');
  const optional = { founded: e.founded, ended: e.ended, successor: e.successor, seat: e.seat };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined && value.trim() === '') say(`${field} is blank: leave it out instead`);
  }
  const names = [...e.acronyms, ...e.aliases, ...(e.contextAliases ?? [])];
  if (names.some((n) => n.trim() === '')) say('an acronym or alias is empty');
  for (const alias of e.contextAliases ?? []) {
    if (!/\p{Lu}/u.test(alias)) say(`the context alias "${alias}" needs a capital letter`);
  }
  if (e.contextFrom?.length && !e.contextAliases?.length)
    say('contextFrom keeps short forms, but the entry has no context aliases');
  if (e.contextFrom?.includes(e.id)) say('contextFrom names the entry itself');
  return problems;
}

/** Who holds each folded name and spelling, and each acronym; the first claim wins. */
interface Claim {
  entry: MatchingEntry;
  /** The name as the entry wrote it. */
  as: string;
}

/**
 * Names two entries both claim. A page could not tell which body such a name means, so the second
 * claim is refused, naming the name, both entries and how each spells it. Generated spellings count
 * ("UN Women" and "United Nations Women" are one name); an acronym clashes with another entry's
 * acronym spelled the same, or with a name that folds to it (a name matches in any case).
 */
export function nameClashes(entries: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const names = new Map<string, Claim>();
  const acronyms = new Map<string, Claim>();
  const foldedAcronyms = new Map<string, Claim>();
  const refuse = (key: string, as: string, entry: MatchingEntry, owner: Claim, what: string) =>
    problems.push(
      `${entry.id}: ${what} "${as}" is already claimed by ${owner.entry.id} (as "${owner.as}"): ` +
        `a page could not tell which body "${key}" means`,
    );
  for (const entry of entries) {
    const own = new Set<string>();
    for (const name of [entry.name, ...entry.aliases, ...(entry.contextAliases ?? [])]) {
      const probe: MatchingEntry = { id: entry.id, name, acronyms: [], aliases: [] };
      for (const key of glossaryPatterns([probe]).keys) {
        if (own.has(key)) continue;
        own.add(key);
        const owner = names.get(key) ?? foldedAcronyms.get(key);
        if (owner && owner.entry.id !== entry.id) {
          refuse(key, name, entry, owner, 'the name');
          break; // one refusal per name, not one per generated spelling
        }
        names.set(key, { entry, as: name });
      }
    }
    for (const acronym of entry.acronyms) {
      const owner = acronyms.get(acronym) ?? names.get(foldName(acronym));
      if (owner && owner.entry.id !== entry.id)
        refuse(acronym, acronym, entry, owner, 'the acronym');
      else {
        acronyms.set(acronym, { entry, as: acronym });
        if (!foldedAcronyms.has(foldName(acronym)))
          foldedAcronyms.set(foldName(acronym), { entry, as: acronym });
      }
    }
  }
  return problems;
}

/** Every problem of the glossary: each entry's own, duplicate ids, and clashing names. */
export function checkGlossary(entries: readonly GlossaryEntry[]): string[] {
  const problems = entries.flatMap(entryProblems);
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${e.id}: the id is used by another entry`);
    seen.add(e.id);
  }
  for (const e of entries)
    for (const id of e.contextFrom ?? [])
      if (!seen.has(id)) problems.push(`${e.id}: contextFrom names "${id}", which is no entry`);
  return [...problems, ...nameClashes(entries)];
}
