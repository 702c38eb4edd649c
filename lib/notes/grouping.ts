// The notes page's order: items grouped by FSJ issue, then by page, newest first at every level,
// and cut to the number of items on screen. Pure: items in, groups out.

import type { PageRecord } from '../db/types';
import { fsjIssueLabel, pageTitle } from '../page/pageInfo';
import { issueKey, type NotesItem } from './items';

export interface PageGroup {
  page: PageRecord;
  /** "Page 28 · Title", or the title alone. */
  label: string;
  items: NotesItem[];
}

export interface IssueGroup {
  /** The issue's code, or '' for pages outside any FSJ issue. */
  key: string;
  label: string;
  pages: PageGroup[];
}

/** The heading for pages that belong to no FSJ issue (articles on afsa.org, other sites). */
export const OTHER_PAGES_LABEL = 'Other pages';

/** How an issue is headed on the notes page. */
export function issueLabel(page: PageRecord): string {
  return page.issue ? fsjIssueLabel(page.issue) : OTHER_PAGES_LABEL;
}

/**
 * How a page is headed under its issue: "Page 28 · Title", or the title alone when it already
 * starts with the page number (FlippingBook titles read "Page 28 - The Foreign Service Journal…").
 */
export function pageLabel(page: PageRecord): string {
  const title = pageTitle(page);
  if (page.pageNumber === null || /^page\s+\d/i.test(title)) return title;
  return `Page ${page.pageNumber} · ${title}`;
}

/**
 * Newest first by creation time, so that editing an item does not move it under the reader's
 * cursor; ties broken by key so the order never flickers between renders.
 */
export function newestFirst(a: NotesItem, b: NotesItem): number {
  return b.createdAt - a.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Groups items under their issue and page. An issue or page comes before another when its newest
 * item is newer, so what the reader saved last is at the top.
 */
export function groupItems(items: readonly NotesItem[]): IssueGroup[] {
  const sorted = [...items].sort(newestFirst);
  const issues = new Map<string, { group: IssueGroup; pages: Map<string, PageGroup> }>();
  // Walking newest first, groups are created in the order of their newest item.
  for (const item of sorted) {
    const key = issueKey(item.page);
    let issue = issues.get(key);
    if (!issue) {
      issue = { group: { key, label: issueLabel(item.page), pages: [] }, pages: new Map() };
      issues.set(key, issue);
    }
    let page = issue.pages.get(item.page.url);
    if (!page) {
      page = { page: item.page, label: pageLabel(item.page), items: [] };
      issue.pages.set(item.page.url, page);
      issue.group.pages.push(page);
    }
    page.items.push(item);
  }
  return [...issues.values()].map((i) => i.group);
}

/** Counts the items in groups. */
export function countItems(groups: readonly IssueGroup[]): number {
  let n = 0;
  for (const issue of groups) for (const page of issue.pages) n += page.items.length;
  return n;
}

/**
 * The first `limit` items, still grouped (a group cut short keeps its heading). Why: the page
 * renders only what the reader can get to, and shows more on request, so 10,000 highlights cost
 * no more to draw than a few hundred.
 */
export function firstItems(groups: readonly IssueGroup[], limit: number): IssueGroup[] {
  const out: IssueGroup[] = [];
  let left = limit;
  for (const issue of groups) {
    if (left <= 0) break;
    const pages: PageGroup[] = [];
    let cut = false;
    for (const page of issue.pages) {
      if (left <= 0) {
        cut = true;
        break;
      }
      const take = Math.min(left, page.items.length);
      left -= take;
      const whole = take === page.items.length;
      pages.push(whole ? page : { ...page, items: page.items.slice(0, take) });
      cut ||= !whole;
    }
    out.push(cut ? { ...issue, pages } : issue);
  }
  return out;
}
