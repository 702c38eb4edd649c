// The reader's own glossary entries (made on the options page, kept in extension storage): what
// the form may hold, a clear message per field when it holds something else, and how a stored
// list is read back whatever state it is in. Pure: no storage, no DOM.

import { foldName } from './normalize';
import { claimedNames, findClash } from './nameClashes';
import { USER_ID_PREFIX, type CardEntry, type MatchingEntry } from './types';

export { claimedNames, USER_ID_PREFIX };

export const USER_ENTRIES_KEY = 'userGlossary';

export const USER_ENTRY_LIMITS = {
  entries: 300,
  name: 150,
  /** Names match in any case, so a very short one would mark ordinary words. */
  nameMin: 3,
  acronyms: 10,
  acronym: 20,
  aliases: 10,
  summary: 400,
  url: 500,
} as const;

/** One of the reader's entries, as stored. */
export interface UserEntry {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  /** One sentence (or two) in the reader's words. */
  summary: string;
  /** An https address, or absent. */
  url?: string;
  createdAt: number;
  updatedAt: number;
}

/** What the form holds: acronyms separated by commas or spaces, aliases one per line. */
export interface UserEntryDraft {
  name: string;
  acronyms: string;
  aliases: string;
  summary: string;
  url: string;
}

export type UserEntryField = keyof UserEntryDraft;
export type UserEntryErrors = Partial<Record<UserEntryField, string>>;

/** The parts of an entry the reader writes. */
export type UserEntryFields = Pick<UserEntry, 'name' | 'acronyms' | 'aliases' | 'summary' | 'url'>;

export type CheckResult =
  { ok: true; fields: UserEntryFields } | { ok: false; errors: UserEntryErrors };

export const EMPTY_DRAFT: UserEntryDraft = {
  name: '',
  acronyms: '',
  aliases: '',
  summary: '',
  url: '',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const quoted = (s: string) => `“${s}”`;

/** Splits the acronyms field; commas or spaces separate them, repeats are dropped. */
export function splitAcronyms(input: string): string[] {
  return [...new Set(input.split(/[\s,;]+/).filter((a) => a !== ''))];
}

/** Splits the aliases field: one per line (names may hold commas), repeats dropped. */
export function splitAliases(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/\n/)
        .map(oneLine)
        .filter((a) => a !== ''),
    ),
  ];
}

function checkName(name: string, what: string): string | null {
  if (name === '') return `Give the ${what}.`;
  if (name.length > USER_ENTRY_LIMITS.name) {
    return `${quoted(name.slice(0, 30))}… is too long: at most ${USER_ENTRY_LIMITS.name} characters.`;
  }
  if (foldName(name).length < USER_ENTRY_LIMITS.nameMin) {
    return `${quoted(name)} is too short: names match in any case, so they need at least ${USER_ENTRY_LIMITS.nameMin} characters. Put short forms under Acronyms.`;
  }
  return null;
}

function checkAcronym(acronym: string): string | null {
  if (acronym.length > USER_ENTRY_LIMITS.acronym) {
    return `${quoted(acronym.slice(0, 20))}… is too long for an acronym: at most ${USER_ENTRY_LIMITS.acronym} characters.`;
  }
  if (!/\p{L}/u.test(acronym) || foldName(acronym).length < 2) {
    return `${quoted(acronym)} cannot be an acronym: it needs at least two characters, one a letter.`;
  }
  return null;
}

/** Only an https address, so a card's link never leads to a script or a plain-text site. */
function checkUrl(input: string): { url?: string; error?: string } {
  const text = input.trim();
  if (text === '') return {};
  if (text.length > USER_ENTRY_LIMITS.url) {
    return { error: `The link is too long: at most ${USER_ENTRY_LIMITS.url} characters.` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'The link is not a web address: write it in full, starting with https://' };
  }
  if (url.protocol !== 'https:') return { error: 'The link must start with https://' };
  if (url.username !== '' || url.password !== '') {
    return { error: 'The link must not hold a user name or password.' };
  }
  return { url: url.href };
}

/**
 * Checks what the reader typed. `claimed` holds the names of every other entry (built-in and the
 * reader's own, without the one being edited): a name, alias or acronym that matches one of them
 * once folded would make two entries fight over the same words in the article.
 */
export function checkUserEntry(
  draft: UserEntryDraft,
  claimed: ReadonlyMap<string, MatchingEntry> = new Map(),
): CheckResult {
  const errors: UserEntryErrors = {};
  const name = oneLine(draft.name);
  const acronyms = splitAcronyms(draft.acronyms);
  const aliases = splitAliases(draft.aliases).filter((a) => a !== name);
  const summary = oneLine(draft.summary);

  const nameError = checkName(name, 'full name of the body');
  errors.name = nameError ?? findClash([name], 'name', claimed) ?? undefined;

  if (acronyms.length > USER_ENTRY_LIMITS.acronyms) {
    errors.acronyms = `At most ${USER_ENTRY_LIMITS.acronyms} acronyms.`;
  } else {
    errors.acronyms =
      acronyms.map(checkAcronym).find((e) => e !== null) ??
      findClash(acronyms, 'acronym', claimed) ??
      undefined;
  }

  if (aliases.length > USER_ENTRY_LIMITS.aliases) {
    errors.aliases = `At most ${USER_ENTRY_LIMITS.aliases} other names, one per line.`;
  } else {
    errors.aliases =
      aliases.map((a) => checkName(a, 'other name')).find((e) => e !== null) ??
      findClash(aliases, 'name', claimed) ??
      undefined;
  }

  if (summary === '') errors.summary = 'Write one sentence saying what the body is.';
  else if (summary.length > USER_ENTRY_LIMITS.summary) {
    errors.summary = `Keep it to a sentence or two: at most ${USER_ENTRY_LIMITS.summary} characters (now ${summary.length}).`;
  }

  const link = checkUrl(draft.url);
  errors.url = link.error;

  for (const field of Object.keys(errors) as UserEntryField[]) {
    if (errors[field] === undefined) delete errors[field];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: { name, acronyms, aliases, summary, ...(link.url ? { url: link.url } : {}) },
  };
}

/** What the form shows to edit an entry. */
export function draftOf(entry: UserEntryFields): UserEntryDraft {
  return {
    name: entry.name,
    acronyms: entry.acronyms.join(', '),
    aliases: entry.aliases.join('\n'),
    summary: entry.summary,
    url: entry.url ?? '',
  };
}

/** A readable id from the name ("user-mixed-migration-centre"), unlike every id in `taken`. */
export function newUserEntryId(name: string, taken: ReadonlySet<string>): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  // Whole words, up to 40 characters.
  let slug = words[0]?.slice(0, 40) ?? 'entry';
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > 40) break;
    slug += `-${word}`;
  }
  let id = `${USER_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${USER_ID_PREFIX}${slug}-${n}`;
  return id;
}

const ID_PATTERN = /^user-[a-z0-9-]{1,60}$/;
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * The reader's entries, whatever was found in storage: an item that is damaged, fails the form's
 * checks or repeats an id is left out (and kept in storage: see withUnreadable).
 */
export function readUserEntries(stored: unknown): UserEntry[] {
  if (!Array.isArray(stored)) return [];
  const entries: UserEntry[] = [];
  const ids = new Set<string>();
  for (const item of stored.slice(0, USER_ENTRY_LIMITS.entries) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const e = item as Record<string, unknown>;
    if (typeof e.id !== 'string' || !ID_PATTERN.test(e.id) || ids.has(e.id)) continue;
    if (typeof e.name !== 'string' || typeof e.summary !== 'string') continue;
    if (!isStringList(e.acronyms) || !isStringList(e.aliases)) continue;
    if (e.url !== undefined && typeof e.url !== 'string') continue;
    const url = e.url;
    const checked = checkUserEntry(
      draftOf({ name: e.name, acronyms: e.acronyms, aliases: e.aliases, summary: e.summary, url }),
    );
    if (!checked.ok) continue;
    const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    ids.add(e.id);
    entries.push({
      id: e.id,
      ...checked.fields,
      createdAt: time(e.createdAt),
      updatedAt: time(e.updatedAt),
    });
  }
  return entries;
}

/**
 * What to store for `list`: the reader's entries, followed by whatever the stored value held that
 * could not be read (a damaged item is never thrown away by saving the others).
 */
export function withUnreadable(stored: unknown, list: readonly UserEntry[]): unknown[] {
  if (!Array.isArray(stored)) return [...list];
  const readable = new Set(readUserEntries(stored).map((e) => e.id));
  const ids = new Set(list.map((e) => e.id));
  const unreadable = (stored as unknown[]).filter((item) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id !== 'string' || (!readable.has(id) && !ids.has(id));
  });
  return [...list, ...unreadable];
}

/**
 * The list after saving `draft` as a new entry, or over the entry `editingId`: checked against
 * the built-in entries and the reader's others. Nothing changes when the draft has errors.
 */
export function saveUserEntry(
  list: readonly UserEntry[],
  draft: UserEntryDraft,
  options: { builtIn: readonly MatchingEntry[]; editingId?: string; now: number },
): { ok: true; list: UserEntry[]; entry: UserEntry } | { ok: false; errors: UserEntryErrors } {
  const others = list.filter((e) => e.id !== options.editingId);
  const editing = list.find((e) => e.id === options.editingId);
  if (editing === undefined && list.length >= USER_ENTRY_LIMITS.entries) {
    return {
      ok: false,
      errors: {
        name: `You have ${USER_ENTRY_LIMITS.entries} entries, the most kept: delete one first.`,
      },
    };
  }
  const checked = checkUserEntry(draft, claimedNames([...options.builtIn, ...others]));
  if (!checked.ok) return checked;
  const entry: UserEntry = {
    id: editing?.id ?? newUserEntryId(checked.fields.name, new Set(list.map((e) => e.id))),
    ...checked.fields,
    createdAt: editing?.createdAt ?? options.now,
    updatedAt: options.now,
  };
  const next = editing ? list.map((e) => (e.id === editing.id ? entry : e)) : [...list, entry];
  return { ok: true, list: next, entry };
}

/** What the term card shows for the reader's entry, marked as theirs. */
export function toCardEntry(entry: UserEntry): CardEntry {
  const { id, name, acronyms, summary, url } = entry;
  return { id, name, acronyms, summary, ...(url ? { url } : {}), own: true };
}
