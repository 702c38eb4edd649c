// Typed messages for placing a page's saved highlights in its article's text: the content script
// sends the text and the highlights' selectors over a port of their own to the document that reads
// pages (Chrome's offscreen document, Firefox's background page), where the fuzzy search runs. The
// megabytes of text never pass through Chrome's service worker, which keeps answering other tabs.

import type { Anchor, Selectors } from '../anchoring/types';
import { isCount } from './article';
import { isPlainObject, list, shape, text } from './requestChecks';
import { MAX_ARTICLE_LENGTH } from '../model/limits';
import { selectorsProblem } from './validateStore';

export const PLACE_HIGHLIGHTS_PORT = 'gloss:place-highlights';

/** Far more highlights than one article holds; bounds what one request makes the search do. */
export const MAX_PLACED_AT_ONCE = 100_000;

/** From the content script over the PLACE_HIGHLIGHTS_PORT port. */
export interface PlaceHighlightsRequest {
  type: 'gloss:place-highlights';
  /** The article's text as the content script's text model has it. */
  text: string;
  /** Each saved highlight's selectors, in the order the anchors come back. */
  selectors: Selectors[];
}

/** One anchor per selectors given, in their order; or why the search could not run. */
export type PlaceHighlightsReply = { anchors: Anchor[] } | { error: string };

/** What is wrong with a request to place highlights, or null when it is well formed. */
export function placeRequestProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'the request is not an object';
  return (
    shape(value, 'request', ['type', 'text', 'selectors']) ??
    (value.type === 'gloss:place-highlights'
      ? null
      : 'request.type is not gloss:place-highlights') ??
    text(value.text, 'text', 0, MAX_ARTICLE_LENGTH) ??
    list(value.selectors, 'selectors', MAX_PLACED_AT_ONCE, selectorsProblem)
  );
}

function isAnchor(value: unknown, length: number): value is Anchor {
  if (!isPlainObject(value)) return false;
  if (value.status === 'orphan') return true;
  if (value.status !== 'exact' && value.status !== 'fuzzy') return false;
  const { start, end } = value;
  return isCount(start) && isCount(end) && start <= end && end <= length;
}

/**
 * Whether a reply can be relied on for a request about `count` highlights in a text of `length`
 * characters: one anchor each, every span inside the text, before the content script paints them.
 */
export function isPlaceReply(
  value: unknown,
  count: number,
  length: number,
): value is PlaceHighlightsReply {
  if (!isPlainObject(value)) return false;
  if (typeof value.error === 'string') return true;
  const anchors = value.anchors;
  return (
    Array.isArray(anchors) &&
    anchors.length === count &&
    anchors.every((a: unknown) => isAnchor(a, length))
  );
}
