// U.S. diplomatic posts as glossary entries. The posts are one plain list (data/posts.ts: a city,
// its country, the kind of post, what the sources say of its opening and closing); this module
// turns each into an entry of kind 'diplomatic post', with the names FSJ articles use for it
// ("Embassy Moscow", "the American Embassy in Moscow", "Consulate General Karachi", "USUN"). Only
// forms that name a U.S. post are generated: never "the embassy in Moscow" or "Moscow Embassy",
// which could as well be another country's. Pure: posts in, entries out.

import type { GlossaryEntry } from './types';

export { POSTS } from './data/posts';

export type PostKind = 'embassy' | 'consulate general' | 'consulate' | 'mission';

export interface Post {
  kind: PostKind;
  /** The city the post is in, as the sources name it today (for a mission: its seat). */
  city: string;
  /** The host country, as the post's own pages name it. */
  country: string;
  /** Other names of the city, former or current ("Bombay", "Kiev", "Saigon", "Yangon"). */
  otherCityNames?: string[];
  /**
   * What the post is accredited to, for a mission ("the United Nations") or an embassy that is not
   * to the host country ("the Holy See"); the post is then named after it, not after its city.
   */
  to?: string;
  /** For a post named after what it is accredited to and without an acronym: the short form its id uses. */
  idKey?: string;
  /** The acronyms the post goes by (USUN, USNATO, UNVIE); matched case-sensitively. */
  acronyms?: string[];
  /** Further names the sources use: former names, "U.S. Mission Geneva". */
  aliases?: string[];
  /** When the post opened, as the source gives it ("1952", "1844"). */
  opened?: string;
  /** When the post closed for good ("1975"). */
  closed?: string;
  /** For a closed post: what took over its work. */
  successor?: string;
  /** The post exists but its operations are suspended: the year, or true when no year was read. */
  suspended?: string | true;
  /** The address of the page that lists the post (and of any page that gave its dates). */
  source: string;
}

const TITLES: Record<PostKind, string> = {
  embassy: 'Embassy',
  'consulate general': 'Consulate General',
  consulate: 'Consulate',
  mission: 'Mission',
};

/** Lower-case, accent-free, hyphenated: "São Paulo" → "sao-paulo". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The stable id: post-embassy-moscow, post-consulate-general-karachi, post-mission-usun. */
export function postId(post: Post): string {
  const what = post.to ? (post.idKey ?? post.acronyms?.[0] ?? post.to) : post.city;
  return `post-${slug(post.kind)}-${slug(what)}`;
}

/** The card's title: "U.S. Embassy Moscow", "U.S. Mission to the United Nations". */
export function postName(post: Post): string {
  const title = TITLES[post.kind];
  return post.to ? `U.S. ${title} to ${post.to}` : `U.S. ${title} ${post.city}`;
}

/**
 * Every name of the post but its title. A post named after a city gets, for each name of the city:
 * "Embassy C", "American Embassy C", "U.S. Embassy in C", "American Embassy in C" and "Embassy of
 * the United States in C" (the same with "Consulate General" or "Consulate"; a consulate general
 * is also "Consulate C" and "U.S." or "American Consulate in C"). A post named after
 * what it is accredited to gets "Embassy to X" and "American Embassy to X" (or "Mission to X":
 * never, since "the mission to the United Nations" could be any country's). The matcher itself adds
 * U.S./US/United States, U.N./UN/United Nations and an optional leading "The".
 */
export function postAliases(post: Post): string[] {
  const title = TITLES[post.kind];
  const names: string[] = [];
  if (post.to) {
    if (post.kind !== 'mission')
      names.push(`${title} to ${post.to}`, `American ${title} to ${post.to}`);
  } else {
    for (const city of [post.city, ...(post.otherCityNames ?? [])]) {
      if (city !== post.city) names.push(`U.S. ${title} ${city}`);
      names.push(
        `${title} ${city}`,
        `American ${title} ${city}`,
        `U.S. ${title} in ${city}`,
        `American ${title} in ${city}`,
        `${title} of the United States in ${city}`,
      );
      // A consulate general is often called the consulate ("Consulate Karachi").
      if (post.kind === 'consulate general')
        names.push(
          `Consulate ${city}`,
          `U.S. Consulate in ${city}`,
          `American Consulate in ${city}`,
        );
    }
  }
  names.push(...(post.aliases ?? []));
  return [...new Set(names)];
}

/** One plain sentence or two: what the post is, where, and when it opened or closed. */
export function postSummary(post: Post): string {
  const where = `${post.city}, ${post.country}`;
  const others = post.otherCityNames?.length
    ? ` (also called ${post.otherCityNames.join(', ')})`
    : '';
  const first =
    post.kind === 'mission'
      ? `The U.S. diplomatic mission to ${post.to}, in ${where}.`
      : post.to
        ? `The U.S. ${post.kind} to ${post.to}, in ${where}.`
        : `The U.S. ${post.kind} in ${post.city}${others}, ${post.country}.`;
  const dates: string[] = [];
  if (post.opened) dates.push(`Opened in ${post.opened}.`);
  if (post.closed) dates.push(`Closed in ${post.closed}.`);
  if (post.successor) dates.push(`Its work passed to ${post.successor}.`);
  if (post.suspended === true) dates.push('Its operations are suspended.');
  else if (post.suspended) dates.push(`Its operations were suspended in ${post.suspended}.`);
  return [first, ...dates].join(' ');
}

/** The glossary entries of the posts, one each, in the list's order. */
export function postEntries(posts: readonly Post[]): GlossaryEntry[] {
  return posts.map((post) => ({
    id: postId(post),
    name: postName(post),
    acronyms: post.acronyms ?? [],
    aliases: postAliases(post),
    kind: 'diplomatic post',
    ...(post.opened ? { founded: post.opened } : {}),
    ...(post.closed ? { ended: post.closed } : {}),
    ...(post.closed && post.successor ? { successor: post.successor } : {}),
    seat: `${post.city}, ${post.country}`,
    summary: postSummary(post),
    source: post.source,
  }));
}
