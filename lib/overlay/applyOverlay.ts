// The glossary overlay found and painted in one synchronous pass, with Readability run in the page
// itself: what the tests and the benchmark's in-page half use. The content script has the article
// read in the extension's own document instead (lib/article/readArticle.ts) and paints with
// paintOverlay.

import { findArticle } from '../article/findArticle';
import { articleTextModel, wholePage } from '../article/liveArticle';
import { matchGlossary, type CompiledGlossary } from '../glossary/matcher';
import { paintOverlay, type Overlay, type OverlayPhase } from './overlay';

/** Finds the article of `doc` (or takes the whole page when `scope` is 'page') and paints it. */
export function applyOverlay(
  doc: Document,
  glossary: CompiledGlossary,
  scope: 'article' | 'page' = 'article',
  onPhaseEnd?: (phase: OverlayPhase) => void,
): Overlay {
  const article = scope === 'page' ? wholePage(doc) : findArticle(doc);
  onPhaseEnd?.('article');
  if (article === null) return paintOverlay(doc, null, scope, onPhaseEnd);
  const model = articleTextModel(article);
  onPhaseEnd?.('text model');
  const occurrences = matchGlossary(glossary, model.text);
  onPhaseEnd?.('matching');
  const found = { article, model, occurrences, labels: glossary.entries };
  return paintOverlay(doc, found, scope, onPhaseEnd);
}
