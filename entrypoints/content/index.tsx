// Content script: wires the overlay, the term cards, the reader's highlights, the per-site switch
// and the popup's messages together on FSJ pages of afsa.org (and on any page where the user turns
// it on from the popup).

import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import swatchCss from '../../components/swatches.css?inline';
import readerFrameCss from '../../components/readerFrame.css?inline';
import { CARD_SETTINGS_KEY, readCardSettings } from '../../lib/card/cardSettings';
import { MARK_DENSITY_KEY, readMarkDensity } from '../../lib/overlay/markDensity';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import type { TabStatus } from '../../lib/messaging/popup';
import { listenToPopup } from '../../lib/content/popupRequests';
import { watchStoredSettings } from '../../lib/content/storedSettings';
import { focusFirstMention } from '../../lib/overlay/focusMention';
import { paintOverlay, offOverlay, type Overlay } from '../../lib/overlay/overlay';
import { setTermsFocusable } from '../../lib/paint/paintOccurrences';
import { DISABLED_SITES_KEY, readDisabledSites } from '../../lib/overlay/siteSettings';
import { withoutSelfNaming } from '../../lib/overlay/selfNaming';
import { describePage } from '../../lib/page/pageInfo';
import { isFsjHost } from '../../lib/page/fsjSite';
import { readArticle } from '../../lib/article/readArticle';
import { benchMark } from './benchMarks';
import { readArticleElsewhere } from './readArticleElsewhere';
import { UI_HOST_ATTRIBUTE } from '../../lib/text/textModel';
import { startHighlights } from './highlights';
import { createPageUi } from './PageUi';
import { createReaderLink } from './readerLink';
import { startTermCards } from './termCards';

const LOADED_FLAG = '__fsjGlossLoaded';

export default defineContentScript({
  matches: ['*://*.afsa.org/*'],
  runAt: 'document_idle',
  async main(ctx) {
    benchMark('start');
    // Injected again from the popup on a page that already has it: nothing to do twice.
    const flags = window as unknown as Record<string, boolean>;
    if (flags[LOADED_FLAG]) return;
    flags[LOADED_FLAG] = true;

    const host = location.hostname;
    const stored = await browser.storage.local
      .get([DISABLED_SITES_KEY, COLOR_NAMES_KEY, CARD_SETTINGS_KEY, MARK_DENSITY_KEY])
      .catch(() => ({}) as Record<string, unknown>);
    benchMark('settings');
    let colorNames = readColorNames(stored[COLOR_NAMES_KEY]);
    let cardSettings = readCardSettings(stored[CARD_SETTINGS_KEY]);
    let density = readMarkDensity(stored[MARK_DENSITY_KEY]);
    let overlay: Overlay;
    const apply = (make: () => Overlay): Overlay => {
      try {
        return make();
      } catch (error) {
        // Never break the host page: report, leave the page as it was.
        console.warn('[FSJ Gloss] overlay failed', error);
        return offOverlay(document);
      }
    };
    /** The page read in the extension's own document, then painted here. */
    const annotate = async (scope: 'article' | 'page'): Promise<Overlay> => {
      const found = await readArticle(document, scope, readArticleElsewhere).catch(
        (error: unknown) => {
          console.warn('[FSJ Gloss] the page could not be read', error);
          return null;
        },
      );
      const shown = found && withoutSelfNaming(found, host);
      const painted = apply(() => paintOverlay(document, shown, scope, undefined, density));
      if (!cardSettings.enabled) setTermsFocusable(painted.occurrences, false);
      benchMark('painted');
      return painted;
    };
    overlay = readDisabledSites(stored[DISABLED_SITES_KEY]).includes(host)
      ? offOverlay(document)
      : await annotate('article');

    const shadowUi = await createShadowRootUi(ctx, {
      name: 'fsj-gloss-card',
      // Closed: the page's scripts cannot reach into it (the reader's text is not even here: it is
      // in the reader frame inside it).
      mode: 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: `${cardCss}\n${panelCss}\n${swatchCss}\n${readerFrameCss}`,
      onMount(container, _shadow, shadowHost) {
        shadowHost.setAttribute(UI_HOST_ATTRIBUTE, '');
        shadowHost.style.cssText =
          'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    shadowUi.mount();
    const ui = createPageUi(shadowUi.mounted!, createReaderLink(ctx.signal));

    // A page the reader marked from the popup (not afsa.org) is filed under its own address only:
    // its canonical link could name another page, whose notes would then be shown here.
    const canonical = () =>
      isFsjHost(host)
        ? (document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href ?? null)
        : null;
    const page = () =>
      describePage(location.href, canonical(), document.title || (overlay.title ?? ''), Date.now());
    const highlights = startHighlights({
      doc: document,
      signal: ctx.signal,
      ui,
      overlay: () => overlay,
      page,
      colorNames: () => colorNames,
    });
    if (overlay.state === 'ready') void highlights.load();

    const termCards = startTermCards({
      doc: document,
      signal: ctx.signal,
      ui,
      overlay: () => overlay,
      pageUrl: () => page().url,
      isCard: (target) => target === shadowUi.shadowHost,
      settings: () => cardSettings,
    });

    const status = (): TabStatus => {
      const { issue, pageNumber } = page();
      return {
        state: overlay.state,
        scope: overlay.scope,
        title: overlay.title,
        issue,
        pageNumber,
        host,
        terms: overlay.terms,
        highlights: highlights.summaries(),
      };
    };
    // Each change of overlay supersedes any still being made (reading an article takes a trip).
    let generation = 0;
    const reapply = async (next: () => Overlay | Promise<Overlay>): Promise<void> => {
      const mine = ++generation;
      ui.set({ term: null });
      highlights.clear();
      overlay.remove();
      const made = await next();
      if (mine !== generation) {
        made.remove();
        return;
      }
      overlay = made;
      if (overlay.state === 'ready') void highlights.load();
    };

    listenToPopup(browser.runtime, ctx.signal, {
      status,
      annotatePage: () => reapply(() => annotate('page')).then(status),
      article: () => ({
        page: page(),
        text: overlay.textModel()?.text ?? null,
        entryIds: overlay.terms.map((t) => t.id),
      }),
      scrollToTerm: (entryId) => focusFirstMention(overlay.occurrences, entryId),
      scrollToHighlight: (id) => highlights.scrollTo(id),
      reattach: (id) => highlights.reattach(id),
      selectionCommand: (action) => highlights.fromSelection(action),
    });

    watchStoredSettings(browser.storage, ctx.signal, {
      [COLOR_NAMES_KEY]: (value) => (colorNames = readColorNames(value)),
      [CARD_SETTINGS_KEY]: (value) => {
        cardSettings = readCardSettings(value);
        if (!cardSettings.enabled) termCards.close();
        setTermsFocusable(overlay.occurrences, cardSettings.enabled);
      },
      [MARK_DENSITY_KEY]: (value) => {
        const next = readMarkDensity(value);
        const changed = next !== density;
        density = next;
        const scope = overlay.scope;
        if (changed && overlay.state === 'ready') void reapply(() => annotate(scope));
      },
      [DISABLED_SITES_KEY]: (value) => {
        const off = readDisabledSites(value).includes(host);
        if (off && overlay.state !== 'off') void reapply(() => offOverlay(document));
        if (!off && overlay.state === 'off') void reapply(() => annotate('article'));
      },
    });

    ctx.onInvalidated(() => {
      highlights.clear();
      overlay.remove();
      document.documentElement.removeAttribute('data-gloss-state');
    });
  },
});
