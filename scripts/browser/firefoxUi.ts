// The extension's UI on a page in Firefox, as the end-to-end tests reach it: the twin of
// extensionUi.ts (Chromium, DevTools protocol). Its shadow root is closed, so neither the page's
// scripts nor puppeteer's selectors can enter it; WebDriver BiDi hands it to a test that asks
// (`includeShadowTree: "all"` when the host element is serialized), as Firefox's devtools show
// it, and the root is wrapped as a puppeteer handle. That takes two of puppeteer's internals,
// used here only: the BiDi session of the tab (to send that one command) and BidiElementHandle.
// What holds the reader's text is in the reader frame, an extension page in an iframe of the tab,
// found by its address (puppeteer reports an extension frame's URL as about:blank, as Firefox
// sends no load event for it). A UiLocator looks in both and waits for what it looks for.

import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';
import type { BidiFrame } from 'puppeteer-core/internal/bidi/Frame.js';

const TIMEOUT_MS = 60_000;

/** The tab's top frame as puppeteer's BiDi classes hold it. */
const bidiFrame = (tab: Page) => tab.mainFrame() as unknown as BidiFrame;

/** The extension's closed shadow root on `tab`, or null before the content script made it. */
export async function uiRoot(tab: Page): Promise<ElementHandle<Node> | null> {
  const frame = bidiFrame(tab);
  const { browsingContext } = frame;
  const { result } = await browsingContext.userContext.browser.session.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("fsj-gloss-card")',
    awaitPromise: false,
    target: { context: browsingContext.id },
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  if (result.type !== 'success' || result.result.type !== 'node') return null;
  const root = result.result.value?.shadowRoot;
  if (!root) return null;
  // The internal class is the one puppeteer hands out; its declaration is a copy of the public one.
  return BidiElementHandle.from<Node>(root, frame.realms.default) as unknown as ElementHandle<Node>;
}

/** The reader frame on `tab`, once the extension has made it. */
export async function readerFrame(tab: Page): Promise<Frame | null> {
  for (const frame of tab.mainFrame().childFrames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (/^moz-extension:\/\/[^/]+\/reader\.html/.test(href)) return frame;
  }
  return null;
}

async function findAll(tab: Page, selector: string): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  const root = await uiRoot(tab).catch(() => null);
  if (root) found.push(...(await root.$$(selector)));
  const frame = await readerFrame(tab);
  if (frame) found.push(...(await frame.$$(selector).catch(() => [])));
  return found;
}

export class UiLocator {
  constructor(
    private readonly tab: Page,
    private readonly selector: string,
    private readonly pick: 'first' | 'last' = 'first',
  ) {}

  last(): UiLocator {
    return new UiLocator(this.tab, this.selector, 'last');
  }

  private async resolve(): Promise<ElementHandle | null> {
    const all = await findAll(this.tab, this.selector);
    return (this.pick === 'last' ? all.at(-1) : all[0]) ?? null;
  }

  /** Waits until the element is there (or, with `detached`, gone). */
  async waitFor(options: { state?: 'attached' | 'detached'; timeout?: number } = {}) {
    const deadline = Date.now() + (options.timeout ?? TIMEOUT_MS);
    for (;;) {
      const element = await this.resolve();
      if (options.state === 'detached' ? element === null : element !== null) return element;
      if (Date.now() > deadline) {
        throw new Error(
          `"${this.selector}" is ${options.state === 'detached' ? 'still' : 'not'} in the extension's UI`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async element(): Promise<ElementHandle> {
    return (await this.waitFor())!;
  }

  async click(): Promise<void> {
    await (await this.element()).click();
  }

  /** Replaces the field's text by typing `text` (real key presses, as a reader types). */
  async fill(text: string): Promise<void> {
    const field = await this.element();
    await field.evaluate((e) => {
      (e as HTMLInputElement).focus();
      (e as HTMLInputElement).select();
    });
    await field.type(text);
  }

  async focus(): Promise<void> {
    await (await this.element()).focus();
  }

  async textContent(): Promise<string | null> {
    return (await this.element()).evaluate((e) => e.textContent);
  }

  async count(): Promise<number> {
    return (await findAll(this.tab, this.selector)).length;
  }
}

/** Something in the extension's UI on `tab` (its closed shadow root or its reader frame). */
export const inUi = (tab: Page, selector: string): UiLocator => new UiLocator(tab, selector);
