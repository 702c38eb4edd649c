// How the index of organizations words a body's row: its kind as a heading, what the reader has
// on it as one short line, and which addresses it may link to. Pure: values in, strings out.

import type { BodyKind } from '../glossary/types';
import type { OrganizationRow } from './organizationIndex';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A kind as a group's heading: "forum" → "Forum", "UN agency" as it is. */
export function kindHeading(kind: BodyKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * What the reader has on a body, for its closed row: "3 pages · 2 highlights · 1 note", leaving
 * out what is none; '' for a body not met. Why one line: it is read beside the name in a long list.
 */
export function metLine(row: OrganizationRow): string {
  const badges: string[] = [];
  if (row.pages.length > 0) badges.push(plural(row.pages.length, 'page', 'pages'));
  if (row.highlights.length > 0)
    badges.push(plural(row.highlights.length, 'highlight', 'highlights'));
  if (row.notes.length > 0) badges.push(plural(row.notes.length, 'note', 'notes'));
  return badges.join(' · ');
}

/** How often a page named a body: "named once", "named 3 times". */
export function timesNamed(count: number): string {
  return count === 1 ? 'named once' : `named ${count} times`;
}

/**
 * The address, when it is one a link may lead to (http or https), else null. Why: a page's
 * address comes from the tab and a glossary url from data; a `javascript:` or `data:` one must
 * never become a link on an extension page, which holds the reader's data.
 */
export function webLink(address: string | undefined): string | null {
  if (address === undefined) return null;
  try {
    const { protocol } = new URL(address);
    return protocol === 'https:' || protocol === 'http:' ? address : null;
  } catch {
    return null;
  }
}
