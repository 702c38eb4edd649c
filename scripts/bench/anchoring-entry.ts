// The re-anchoring benchmark's in-page half: bundled on its own (see anchoring.ts) and injected
// into a page, it holds an article's text and stored selectors and times the real anchorAll on
// them with performance.now, so no driver round trip counts. Exposes `window.fsjAnchoringBench`.

import { anchorAll } from '../../lib/anchoring/anchor';
import type { Anchor, Selectors } from '../../lib/anchoring/types';

let text = '';
let selectors: Selectors[] = [];

const api = {
  /** Keeps the text and the selectors to anchor, outside the timed part. */
  load(newText: string, newSelectors: Selectors[]): number {
    text = newText;
    selectors = newSelectors;
    return selectors.length;
  },

  /** One timed anchorAll over everything loaded; the anchors come back with the time. */
  run(): { ms: number; anchors: Anchor[] } {
    const t0 = performance.now();
    const anchors = anchorAll(text, selectors);
    const ms = performance.now() - t0;
    return { ms, anchors };
  },

  /** Whether the page's timer is precise (cross-origin isolated) or coarsened. */
  isolated(): boolean {
    return self.crossOriginIsolated;
  },
};

export type AnchoringBenchApi = typeof api;

(window as unknown as { fsjAnchoringBench: AnchoringBenchApi }).fsjAnchoringBench = api;
