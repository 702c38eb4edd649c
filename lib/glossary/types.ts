// The shape of one glossary entry: what the matcher needs (names) and what the card shows (facts).
// Entries are plain data; adding a body to the glossary is adding an object, never code.

/**
 * What kind of body an entry is; the card shows it and the index of organizations groups by it
 * (KIND_GROUPS). A body that no longer exists keeps the kind it had, and says when it ended.
 */
export const BODY_KINDS = [
  // The US government
  'US executive department',
  'US government agency',
  'US government bureau',
  'White House office',
  'US congressional body',
  'US government program',
  'US military command',
  'personnel system',
  'diplomatic post',
  // The UN system
  'UN principal organ',
  'UN agency',
  'UN body',
  'UN peacekeeping mission',
  'UN political mission',
  // Other international bodies
  'intergovernmental organization',
  'regional body',
  'military alliance',
  'international financial institution',
  'international court',
  'peace-support mission',
  'military mission',
  'forum',
  'consultative process',
  'coordination body',
  'framework',
  'conference',
  // Other governments
  'foreign government body',
  'non-state armed group',
  // Outside government
  'association',
  'labor union',
  'foundation',
  'non-governmental organization',
  'think tank',
  'publication',
] as const;

export type BodyKind = (typeof BODY_KINDS)[number];

export interface GlossaryEntry {
  /** Stable identifier, used in `data-gloss-term` and in saved notes; never change one once shipped. */
  id: string;
  /** Full official name, as the card's title. */
  name: string;
  /** Acronyms, matched case-sensitively with the acronym boundary rule (e.g. "IOM", "U.N."). */
  acronyms: string[];
  /**
   * Other names matched case-insensitively as whole words: former names, common short forms,
   * other-language names. British/American spellings and U.N./UN/United Nations forms are generated
   * by the matcher, so they need not be listed.
   */
  aliases: string[];
  /**
   * Short forms that name this body only in context ("State", "Commerce", "the Department"): marked,
   * case-sensitively, only in an article that also names the body by a full name or acronym.
   */
  contextAliases?: string[];
  /**
   * Other entries (ids) whose naming also makes the short forms clear: an article that names AFSA
   * or the Foreign Service means the State Department by a bare "State".
   */
  contextFrom?: string[];
  kind: BodyKind;
  /** Year or short phrase ("1951", "1945 (charter signed)"); omitted when not confirmed. */
  founded?: string;
  /** Year or short phrase it ceased to exist ("1999"); only for bodies that are gone. */
  ended?: string;
  /** What took over its work when it ended ("the State Department's public diplomacy bureaus"). */
  successor?: string;
  /** Seat or headquarters ("Geneva, Switzerland"); omitted when not confirmed or when there is none. */
  seat?: string;
  /** One or two factual sentences written for this project. */
  summary: string;
  /** Official site. */
  url?: string;
  /** Where the facts come from (addresses or references), for anyone checking an entry. */
  source: string;
}

/** What matching and the popup need of an entry; the content script carries only this much. */
export type MatchingEntry = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms' | 'aliases'> &
  Partial<Pick<GlossaryEntry, 'contextAliases' | 'contextFrom'>>;

/** What the popup and the card's count need of an entry once its names are compiled away. */
export type GlossaryLabel = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms'>;

/**
 * What the term card shows: a built-in entry, or one of the reader's own (marked `own`), which
 * has a name, acronyms, a sentence and a link but no kind, founding year or seat.
 */
export type CardEntry = Pick<GlossaryEntry, 'id' | 'name' | 'acronyms' | 'summary' | 'url'> &
  Partial<Pick<GlossaryEntry, 'kind' | 'founded' | 'seat'>> & { own?: boolean };

/** The id of each of the reader's own entries starts with this; no built-in id does. */
export const USER_ID_PREFIX = 'user-';

/** The matching part of each entry (the card's text stays with the background). */
export function toMatchingEntries(entries: readonly GlossaryEntry[]): MatchingEntry[] {
  return entries.map(({ id, name, acronyms, aliases, contextAliases, contextFrom }) =>
    contextAliases?.length
      ? contextFrom?.length
        ? { id, name, acronyms, aliases, contextAliases, contextFrom }
        : { id, name, acronyms, aliases, contextAliases }
      : { id, name, acronyms, aliases },
  );
}
