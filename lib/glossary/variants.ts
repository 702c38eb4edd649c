// Spelling variants of a glossary name, generated so the data need not list them: U.N./UN/United
// Nations, U.S./US/United States, Foreign Service/FS inside a longer name, British and American
// spellings, an optional leading "The", the
// Oxford comma, and hyphens between words written as spaces ("Test-Ban", "Test Ban").

const SWAPS: readonly (readonly string[])[] = [
  ['United Nations', 'U.N.', 'UN'],
  ['United States', 'U.S.', 'US'],
  ['Organization', 'Organisation'],
  ['Programme', 'Program'],
  ['Labour', 'Labor'],
  ['Defence', 'Defense'],
  ['Centre', 'Center'],
];

/**
 * Swapped in a body's names only: inside a longer name the Journal abbreviates the Service ("FS
 * Grievance Board"). A phrase that names no body keeps its words ("Foreign Service family" claims
 * no "FS Families", which names the Service).
 */
const BODY_SWAPS: readonly (readonly string[])[] = [['Foreign Service', 'FS']];

/** Built on first use, so that a bundle which never generates variants carries no set-up code. */
let abbreviations: Set<string> | undefined;
let tokenPatterns: Map<string, RegExp> | undefined;

/** One pattern per swappable token, matching it as a whole word; compiled once. */
function tokenPattern(token: string): RegExp {
  tokenPatterns ??= new Map(
    [...SWAPS, ...BODY_SWAPS]
      .flat()
      .map((t) => [t, new RegExp(`(^|[^\\p{L}])${escapeRegExp(t)}(?![\\p{L}])`, 'gu')]),
  );
  return tokenPatterns.get(token)!;
}

/** Caps the number of variants one name may produce, so a long name cannot explode. */
const MAX_VARIANTS = 32;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every spelling under which an article may name the body called `name`, `name` first. A phrase
 * that names no body (`ofBody: false`) keeps its hyphens and its words, so that it claims no more
 * than it says: "nation-state" claims "nation-state", never a "nation State".
 */
export function nameVariants(name: string, ofBody = true): string[] {
  let forms = [name];
  const add = (list: string[], form: string) => {
    if (!list.includes(form) && list.length < MAX_VARIANTS) list.push(form);
  };
  for (const group of ofBody ? [...SWAPS, ...BODY_SWAPS] : SWAPS) {
    const next: string[] = [];
    for (const form of forms) {
      add(next, form);
      for (const from of group) {
        if (!form.includes(from)) continue;
        const re = tokenPattern(from);
        re.lastIndex = 0;
        if (!re.test(form)) continue;
        for (const to of group) {
          if (to !== from)
            add(
              next,
              form.replace(re, (_m, lead: string) => lead + to),
            );
        }
      }
    }
    forms = next;
  }
  const extra: string[] = [...forms];
  for (const form of forms) {
    if (/^the\s/i.test(form)) add(extra, form.replace(/^the\s+/i, ''));
    if (/, and /.test(form)) add(extra, form.replace(/, and /g, ' and '));
    // The folding joins words around a hyphen ("Test-Ban" reads as "testban"), so the spelling
    // with a space ("Test Ban") needs a form of its own.
    if (ofBody && /\p{L}-\p{L}/u.test(form)) add(extra, form.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
  }
  // A form that is nothing but an abbreviation ("UN" from "United Nations") would match
  // case-insensitively ("un-American"); abbreviations are the entries' acronyms' business.
  abbreviations ??= new Set([...SWAPS, ...BODY_SWAPS].flatMap((group) => group.slice(1)));
  return extra.filter((form) => !abbreviations!.has(form));
}
