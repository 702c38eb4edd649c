// Has this page's saved highlights placed in its article's text by the document that reads pages
// (lib/background/placingPort.ts), after that document is made ready: the fuzzy search stays out of
// the page's main thread and the text stays off the service worker's message loop.

import type { Anchor, Selectors } from '../anchoring/types';
import {
  isPlaceReply,
  PLACE_HIGHLIGHTS_PORT,
  type PlaceHighlightsRequest,
} from '../messaging/placing';
import { askOverPort, prepareReadingDocument, type ReadingRuntime } from './readingDocument';

/** One anchor for each selectors given, in their order; throws when they could not be placed. */
export async function placeHighlightsElsewhere(
  runtime: ReadingRuntime,
  text: string,
  selectors: Selectors[],
): Promise<Anchor[]> {
  if (selectors.length === 0) return [];
  await prepareReadingDocument(runtime);
  const request: PlaceHighlightsRequest = { type: 'gloss:place-highlights', text, selectors };
  const reply = await askOverPort(runtime, PLACE_HIGHLIGHTS_PORT, request);
  if (!isPlaceReply(reply, selectors.length, text.length)) {
    throw new Error('the reading document did not answer');
  }
  if ('error' in reply) throw new Error(reply.error);
  return reply.anchors;
}
