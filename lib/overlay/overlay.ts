// The glossary overlay on one page, once its article is known: build the article's text model,
// match the glossary, paint the occurrences and set `data-gloss-state`; and take it all away again.
// Finding the article is the caller's (lib/overlay/applyOverlay.ts in the page, or
// lib/article/readArticle.ts in the extension's own document).

import type { LiveArticle } from '../article/liveArticle';
import { matchGlossary, type CompiledGlossary } from '../glossary/matcher';
import type { OverlayState, TermCount } from '../messaging/popup';
import { paintOccurrences, type PaintedOccurrence, type Painting } from '../paint/paintOccurrences';
import { acceptPaintedPieces } from '../text/splitText';
import { buildTextModel, type TextModel } from '../text/textModel';

export const STATE_ATTRIBUTE = 'data-gloss-state';

export interface Overlay {
  state: OverlayState;
  scope: 'article' | 'page';
  title: string | null;
  occurrences: PaintedOccurrence[];
  /** Each body the article names, with its count, in order of first mention. */
  terms: TermCount[];
  /**
   * The article's text model as the DOM is now (painting splits text nodes but never changes the
   * text, so offsets stay valid); null when there is no article.
   */
  textModel(): TextModel | null;
  /** Unpaints everything (the state attribute is left for the caller to set). */
  remove(): void;
}

/** The steps of one pass, in order, for a caller that times them (the benchmark). */
export type OverlayPhase = 'article' | 'text model' | 'matching' | 'painting';

/**
 * Paints the glossary into an article of `doc` already found (null: the page has none, which is
 * said on the page for the popup and for users' styles).
 */
export function paintOverlay(
  doc: Document,
  glossary: CompiledGlossary,
  article: LiveArticle | null,
  scope: 'article' | 'page' = 'article',
  onPhaseEnd?: (phase: OverlayPhase) => void,
): Overlay {
  if (article === null) {
    setState(doc, 'no-article');
    return emptyOverlay('no-article', scope, doc.title || null);
  }
  const modelOptions = { skip: article.isLeftOut, acceptText: article.isArticleText };
  const model = buildTextModel(article.roots, modelOptions);
  onPhaseEnd?.('text model');
  // Later models (for highlights) must see the same text through the pieces painting makes.
  const paintedOptions = {
    skip: article.isLeftOut,
    acceptText: acceptPaintedPieces(article.roots, article.isArticleText),
  };
  const occurrences = matchGlossary(glossary, model.text);
  onPhaseEnd?.('matching');
  const painting: Painting = paintOccurrences(doc, model, occurrences);
  setState(doc, 'ready');
  onPhaseEnd?.('painting');
  return {
    state: 'ready',
    scope,
    title: article.title,
    occurrences: painting.occurrences,
    terms: countTerms(glossary, painting.occurrences),
    textModel: () => buildTextModel(article.roots, paintedOptions),
    remove: () => painting.remove(),
  };
}

function emptyOverlay(
  state: OverlayState,
  scope: 'article' | 'page',
  title: string | null,
): Overlay {
  return {
    state,
    scope,
    title,
    occurrences: [],
    terms: [],
    textModel: () => null,
    remove: () => {},
  };
}

/** An overlay that is switched off for this site. */
export function offOverlay(doc: Document): Overlay {
  setState(doc, 'off');
  return emptyOverlay('off', 'article', doc.title || null);
}

export function setState(doc: Document, state: OverlayState): void {
  doc.documentElement.setAttribute(STATE_ATTRIBUTE, state);
}

/** How often the article names each body, in order of first mention. */
export function countTerms(
  glossary: CompiledGlossary,
  occurrences: readonly { entryId: string }[],
): TermCount[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.entryId, (counts.get(o.entryId) ?? 0) + 1);
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  return [...counts].map(([id, count]) => {
    const entry = byId.get(id);
    return { id, count, name: entry?.name ?? id, acronym: entry?.acronyms[0] ?? null };
  });
}
