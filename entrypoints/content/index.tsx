// Content script: wires the overlay, the term cards, the reader's highlights, the per-site switch
// and the popup's messages together on FSJ pages of afsa.org (and on any page where the user turns
// it on from the popup). Each feature lives in lib/content/ and is bound to `ctx.signal`.

import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import swatchCss from '../../components/swatches.css?inline';
import readerFrameCss from '../../components/readerFrame.css?inline';
import { createPageUi } from '../../components/PageUi';
import { CARD_SETTINGS_KEY, readCardSettings } from '../../lib/card/cardSettings';
import { MARK_DENSITY_KEY, readMarkDensity } from '../../lib/overlay/markDensity';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import type { CardEntry } from '../../lib/glossary/types';
import type { EntryRequest, TabStatus } from '../../lib/messaging/popup';
import { askStore } from '../../lib/messaging/storeClient';
import { annotatePage } from '../../lib/content/annotatePage';
import { benchMark } from '../../lib/content/benchMarks';
import { createOverlaySwitch } from '../../lib/content/overlaySwitch';
import { startHighlights } from '../../lib/content/pageHighlights';
import { placeHighlightsElsewhere } from '../../lib/content/placingHighlights';
import { listenToPopup } from '../../lib/content/popupRequests';
import { createReaderLink } from '../../lib/content/readerLink';
import { readArticleElsewhere } from '../../lib/content/readingElsewhere';
import { watchStoredSettings } from '../../lib/content/storedSettings';
import { startTermCards } from '../../lib/content/termCards';
import { focusFirstMention } from '../../lib/overlay/focusMention';
import { offOverlay } from '../../lib/overlay/overlay';
import { setTermsFocusable } from '../../lib/paint/paintOccurrences';
import { DISABLED_SITES_KEY, readDisabledSites } from '../../lib/overlay/siteSettings';
import { describePage } from '../../lib/page/pageInfo';
import { isFsjHost } from '../../lib/page/fsjSite';
import { UI_HOST_ATTRIBUTE } from '../../lib/text/textModel';

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
    const annotate = async (scope: 'article' | 'page') => {
      const painted = await annotatePage({
        doc: document,
        scope,
        host,
        density,
        cardsEnabled: cardSettings.enabled,
        read: (copy) => readArticleElsewhere(browser.runtime, copy),
        warn: (message, error) => console.warn(message, error),
      });
      benchMark('painted');
      return painted;
    };
    const initial = readDisabledSites(stored[DISABLED_SITES_KEY]).includes(host)
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
    const ui = createPageUi(shadowUi.mounted!, createReaderLink(browser.runtime, ctx.signal));

    // A page the reader marked from the popup (not afsa.org) is filed under its own address only:
    // its canonical link could name another page, whose notes would then be shown here.
    const canonical = () =>
      isFsjHost(host)
        ? (document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href ?? null)
        : null;
    const page = () =>
      describePage(
        location.href,
        canonical(),
        document.title || (overlay.current.title ?? ''),
        Date.now(),
      );
    const overlay = createOverlaySwitch(initial, {
      leaving: () => {
        ui.set({ term: null });
        highlights.clear();
      },
      arrived: (made) => {
        if (made.state === 'ready') void highlights.load();
      },
    });
    const highlights = startHighlights({
      ask: askStore,
      place: (text, selectors) => placeHighlightsElsewhere(browser.runtime, text, selectors),
      doc: document,
      signal: ctx.signal,
      ui,
      overlay: () => overlay.current,
      page,
      colorNames: () => colorNames,
    });
    if (initial.state === 'ready') void highlights.load();

    const termCards = startTermCards({
      askEntry: (id) => {
        const request: EntryRequest = { type: 'gloss:entry', id };
        return browser.runtime.sendMessage(request) as Promise<CardEntry | null>;
      },
      doc: document,
      signal: ctx.signal,
      ui,
      overlay: () => overlay.current,
      pageUrl: () => page().url,
      isCard: (target) => target === shadowUi.shadowHost,
      settings: () => cardSettings,
    });

    const status = (): TabStatus => {
      const { issue, pageNumber } = page();
      const { state, scope, title, terms } = overlay.current;
      return {
        state,
        scope,
        title,
        issue,
        pageNumber,
        host,
        terms,
        highlights: highlights.summaries(),
      };
    };

    listenToPopup(browser.runtime, ctx.signal, {
      status,
      annotatePage: () => overlay.replace(() => annotate('page')).then(status),
      article: () => ({
        page: page(),
        text: overlay.current.textModel()?.text ?? null,
        entryIds: overlay.current.terms.map((t) => t.id),
      }),
      scrollToTerm: (entryId) => focusFirstMention(overlay.current.occurrences, entryId),
      scrollToHighlight: (id) => highlights.scrollTo(id),
      reattach: (id) => highlights.reattach(id),
      selectionCommand: (action) => highlights.fromSelection(action),
    });

    watchStoredSettings(browser.storage, ctx.signal, {
      [COLOR_NAMES_KEY]: (value) => (colorNames = readColorNames(value)),
      [CARD_SETTINGS_KEY]: (value) => {
        cardSettings = readCardSettings(value);
        if (!cardSettings.enabled) termCards.close();
        setTermsFocusable(overlay.current.occurrences, cardSettings.enabled);
      },
      [MARK_DENSITY_KEY]: (value) => {
        const next = readMarkDensity(value);
        const changed = next !== density;
        density = next;
        const { scope, state } = overlay.current;
        if (changed && state === 'ready') void overlay.replace(() => annotate(scope));
      },
      [DISABLED_SITES_KEY]: (value) => {
        const off = readDisabledSites(value).includes(host);
        const { state } = overlay.current;
        if (off && state !== 'off') void overlay.replace(() => offOverlay(document));
        if (!off && state === 'off') void overlay.replace(() => annotate('article'));
      },
    });

    ctx.onInvalidated(() => {
      highlights.clear();
      overlay.current.remove();
      document.documentElement.removeAttribute('data-gloss-state');
    });
  },
});
