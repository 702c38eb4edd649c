// A short form that is clear on its own, whatever else the article names: a military service's
// bare name right before a rank ("Navy Admiral Bobby Jones", "an Army colonel") is that service.
// Pure.

/** Ranks (and their abbreviations) that follow a service's name in FSJ prose, in lower case. */
const RANKS = new Set([
  'admiral',
  'adm.',
  'vice admiral',
  'rear admiral',
  'general',
  'gen.',
  'lieutenant',
  'lt.',
  'colonel',
  'col.',
  'major',
  'maj.',
  'captain',
  'capt.',
  'commander',
  'cmdr.',
  'cdr.',
  'sergeant',
  'sgt.',
  'corporal',
  'cpl.',
  'ensign',
  'brigadier',
]);

/** Whether the words right after `end` are a military rank (whitespace only between). */
export function beforeRank(text: string, end: number): boolean {
  const m = /^\s+([\p{L}]+\.?)(?:\s+([\p{L}]+\.?))?/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const first = m[1]!.toLowerCase();
  const firstTwo = m[2] === undefined ? first : `${first} ${m[2].toLowerCase()}`;
  // "Navy Admiral", "Army colonel", "Navy Vice Admiral"; but "Army generalship" is no rank.
  return RANKS.has(first) || RANKS.has(firstTwo) || RANKS.has(first.replace(/\.$/, ''));
}
