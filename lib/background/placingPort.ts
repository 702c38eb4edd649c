// The reading document's end of a content script's PLACE_HIGHLIGHTS_PORT (lib/messaging/placing.ts):
// the page's saved highlights are found in its article's text here, in slices and within the
// search budget (lib/anchoring/budget.ts), beside the page readings and away from the service
// worker, so that one long page's search holds up no other tab's saves.

import { anchorAllInSlices, type AnchorOptions } from '../anchoring/anchor';
import type { SliceOptions } from '../anchoring/steps';
import {
  placeRequestProblem,
  PLACE_HIGHLIGHTS_PORT,
  type PlaceHighlightsReply,
  type PlaceHighlightsRequest,
} from '../messaging/placing';
import { answerTabPort, type TabPort } from './tabPort';

/** Where each of the request's highlights is now, or why the request was refused. */
export async function placeRequested(
  message: unknown,
  options: AnchorOptions & SliceOptions = {},
): Promise<PlaceHighlightsReply> {
  const problem = placeRequestProblem(message);
  if (problem !== null) return { error: problem };
  const request = message as PlaceHighlightsRequest;
  try {
    return { anchors: await anchorAllInSlices(request.text, request.selectors, options) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Answers `port` if it is a content script's placing port of this extension (else false). */
export function answerPlacingPort(
  port: TabPort<PlaceHighlightsReply>,
  extensionId: string,
  options: AnchorOptions & SliceOptions = {},
): boolean {
  return answerTabPort(port, PLACE_HIGHLIGHTS_PORT, extensionId, (m) => placeRequested(m, options));
}
