// The line that names the page a reader is on, in the popup: the article's own title when it has
// one, then the FSJ issue and page ("March 2019 · page 9"). FlippingBook's titles ("Page 28 -
// Foreign Service Journal") say only the page, so they give way to the issue and page. Pure.

import type { FsjIssue } from '../db/types';
import { fsjIssueDate } from './pageInfo';

/** The facts the heading is made from (what the content script knows of its page). */
export interface PageFacts {
  title: string | null;
  issue: FsjIssue | null;
  pageNumber: number | null;
}

/** A FlippingBook page's generated title: "Page 28 - The Foreign Service Journal, March 2013". */
const BOOK_TITLE = /^\s*page\s+\d{1,5}\s*([-–—|:,]|$)/i;

/**
 * "Managing Mobility · March 2019 · page 9", "March 2019 · page 9", "March 2019", or the title
 * alone on a page that is not in an FSJ issue; null when there is nothing to say.
 */
export function pageHeading({ title, issue, pageNumber }: PageFacts): string | null {
  const ownTitle = title?.replace(/\s+/g, ' ').trim() ?? '';
  const parts = [
    ownTitle !== '' && !(issue !== null && BOOK_TITLE.test(ownTitle)) ? ownTitle : null,
    issue === null ? null : fsjIssueDate(issue),
    issue === null || pageNumber === null ? null : `page ${pageNumber}`,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}
