// The glossary overlay on one page, once its article is found and its names matched: paint the
// occurrences and set `data-gloss-state`; and take it all away again. Finding and matching are the
// caller's: in the page itself (lib/overlay/applyOverlay.ts: tests, the benchmark's in-page half)
// or in the extension's own document (lib/article/readArticle.ts: the content script).

import type { LiveArticle } from '../article/liveArticle';
import type { Occurrence } from '../glossary/matcher';
import type { GlossaryLabel } from '../glossary/types';
import type { OverlayState, TermCount } from '../messaging/popup';
import { paintOccurrences, type PaintedOccurrence, type Painting } from '../paint/paintOccurrences';
import { acceptPaintedPieces } from '../text/splitText';
import { buildTextModel, type TextModel } from '../text/textModel';
import { occurrencesToMark, type MarkDensity } from './markDensity';

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

/** An article found in the page, its text model, and the glossary's occurrences in that text. */
export interface FoundArticle {
  article: LiveArticle;
  model: TextModel;
  occurrences: readonly Occurrence[];
  /** At least the entries the occurrences name. */
  labels: readonly GlossaryLabel[];
}

/**
 * Paints what was found in `doc` (null: the page has no article, which is said on the page for
 * the popup and for users' styles). At density "first" only each body's first mention is painted;
 * the counts still say how often the article names each body.
 */
export function paintOverlay(
  doc: Document,
  found: FoundArticle | null,
  scope: 'article' | 'page' = 'article',
  onPhaseEnd?: (phase: OverlayPhase) => void,
  density: MarkDensity = 'every',
): Overlay {
  if (found === null) {
    setState(doc, 'no-article');
    return emptyOverlay('no-article', scope, doc.title || null);
  }
  const { article } = found;
  // Later models (for highlights) must see the same text through the pieces painting makes.
  const paintedOptions = {
    skip: article.isLeftOut,
    acceptText: acceptPaintedPieces(article.roots, article.isArticleText),
  };
  const marked = occurrencesToMark(found.occurrences, density);
  const painting: Painting = paintOccurrences(doc, found.model, marked);
  setState(doc, 'ready');
  onPhaseEnd?.('painting');
  return {
    state: 'ready',
    scope,
    title: article.title,
    occurrences: painting.occurrences,
    terms: countTerms(found.labels, density === 'every' ? painting.occurrences : found.occurrences),
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
  labels: readonly GlossaryLabel[],
  occurrences: readonly { entryId: string }[],
): TermCount[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.entryId, (counts.get(o.entryId) ?? 0) + 1);
  const byId = new Map(labels.map((e) => [e.id, e]));
  return [...counts].map(([id, count]) => {
    const entry = byId.get(id);
    return { id, count, name: entry?.name ?? id, acronym: entry?.acronyms[0] ?? null };
  });
}
