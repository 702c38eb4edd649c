// Marks one page: has it read in the extension's document, drops the names of the site's own
// body (lib/overlay/selfNaming.ts), and paints what is left. A page that cannot be read or painted
// is left exactly as it was, and the content script goes on with no marks.

import { readArticle } from '../article/readArticle';
import type { PageCopy } from '../messaging/article';
import type { PageRead } from '../article/readArticle';
import type { MarkDensity } from '../overlay/markDensity';
import { offOverlay, paintOverlay, type Overlay } from '../overlay/overlay';
import { withoutSelfNaming } from '../overlay/selfNaming';
import { setTermsFocusable } from '../paint/paintOccurrences';

export interface AnnotateOptions {
  doc: Document;
  scope: 'article' | 'page';
  host: string;
  density: MarkDensity;
  /** Whether names open cards: when not, they are not in the tab order either. */
  cardsEnabled: boolean;
  read: (copy: PageCopy) => Promise<PageRead>;
  /** Where a failure is told (the console: the host page must not show our errors). */
  warn: (message: string, error: unknown) => void;
}

/** Never throws: the host page must not break because of us. */
export async function annotatePage(options: AnnotateOptions): Promise<Overlay> {
  const { doc, scope, host, density, cardsEnabled, read, warn } = options;
  const found = await readArticle(doc, scope, read).catch((error: unknown) => {
    warn('[FSJ Gloss] the page could not be read', error);
    return null;
  });
  try {
    const shown = found && withoutSelfNaming(found, host);
    const painted = paintOverlay(doc, shown, scope, undefined, density);
    if (!cardsEnabled) setTermsFocusable(painted.occurrences, false);
    return painted;
  } catch (error) {
    warn('[FSJ Gloss] overlay failed', error);
    return offOverlay(doc);
  }
}
