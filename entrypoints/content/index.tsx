// Content script: wires the overlay, the term card, the per-site switch and the popup's messages
// together on FSJ pages of afsa.org (and on any page where the user turns it on from the popup).

import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/card.css?inline';
import glossaryNames from 'virtual:fsj-glossary-names';
import { compileGlossary, type CompiledGlossary } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { watchCardTriggers } from '../../lib/card/cardTriggers';
import { isPopupMessage, type EntryRequest, type TabStatus } from '../../lib/messaging/popup';
import { applyOverlay, offOverlay, type Overlay } from '../../lib/overlay/overlay';
import { DISABLED_SITES_KEY, readDisabledSites } from '../../lib/overlay/siteSettings';
import { UI_HOST_ATTRIBUTE } from '../../lib/text/textModel';

const LOADED_FLAG = '__fsjGlossLoaded';

let compiled: CompiledGlossary | undefined;
const getCompiledGlossary = () => (compiled ??= compileGlossary(glossaryNames));

/** Card text comes from the background, once per entry. */
const entries = new Map<string, Promise<GlossaryEntry | null>>();
function cardEntry(id: string): Promise<GlossaryEntry | null> {
  let entry = entries.get(id);
  if (entry === undefined) {
    const request: EntryRequest = { type: 'gloss:entry', id };
    entry = (browser.runtime.sendMessage(request) as Promise<GlossaryEntry | null>).catch(
      () => null,
    );
    entries.set(id, entry);
  }
  return entry;
}

export default defineContentScript({
  matches: ['*://*.afsa.org/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again from the popup on a page that already has it: nothing to do twice.
    const flags = window as unknown as Record<string, boolean>;
    if (flags[LOADED_FLAG]) return;
    flags[LOADED_FLAG] = true;

    const host = location.hostname;
    let overlay: Overlay;
    try {
      const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
      overlay = readDisabledSites(stored[DISABLED_SITES_KEY]).includes(host)
        ? offOverlay(document)
        : applyOverlay(document, getCompiledGlossary());
    } catch (error) {
      // Never break the host page: report, leave the page as it was.
      console.warn('[FSJ Gloss] overlay failed', error);
      overlay = offOverlay(document);
    }

    const ui = await createShadowRootUi(ctx, {
      name: 'fsj-gloss-card',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
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
    ui.mount();
    const container = ui.mounted!;
    let openTerm: HTMLElement | null = null;

    watchCardTriggers({
      doc: document,
      signal: ctx.signal,
      openDelay: 300,
      closeDelay: 200,
      isCard: (target) => target === ui.shadowHost,
      onOpen(term) {
        openTerm = term;
        void cardEntry(term.getAttribute('data-gloss-term') ?? '').then((entry) => {
          if (entry === null || openTerm !== term) return;
          const count = overlay.terms.find((t) => t.id === entry.id)?.count ?? 1;
          render(<TermCard entry={entry} count={count} reference={term} />, container);
        });
      },
      onClose(returnFocus) {
        render(null, container);
        if (returnFocus) openTerm?.focus();
        openTerm = null;
      },
    });

    const status = (): TabStatus => ({
      state: overlay.state,
      scope: overlay.scope,
      title: overlay.title,
      host,
      terms: overlay.terms,
    });
    const reapply = (next: () => Overlay) => {
      render(null, container);
      overlay.remove();
      overlay = next();
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if (!isPopupMessage(message)) return undefined;
      if (message.type === 'gloss:status') sendResponse(status());
      else if (message.type === 'gloss:annotate-page') {
        reapply(() => applyOverlay(document, getCompiledGlossary(), 'page'));
        sendResponse(status());
      } else {
        const first = overlay.occurrences.find((o) => o.entryId === message.entryId)?.parts[0];
        first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        first?.focus({ preventScroll: true });
        sendResponse({ found: first !== undefined });
      }
      return undefined;
    });

    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[DISABLED_SITES_KEY];
      if (area !== 'local' || change === undefined) return;
      const off = readDisabledSites(change.newValue).includes(host);
      if (off && overlay.state !== 'off') reapply(() => offOverlay(document));
      if (!off && overlay.state === 'off') {
        reapply(() => applyOverlay(document, getCompiledGlossary()));
      }
    });

    ctx.onInvalidated(() => {
      overlay.remove();
      document.documentElement.removeAttribute('data-gloss-state');
    });
  },
});
