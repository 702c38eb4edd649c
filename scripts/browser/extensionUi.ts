// The extension's UI on a page, as the end-to-end tests reach it. Its shadow root is closed, so
// the page's scripts (and Playwright's selectors) cannot enter it; the tests go in through the
// DevTools protocol, as a developer would in DevTools: the root is found in the pierced DOM tree
// and handed to the test. What holds the reader's text is in the reader frame, an extension page
// in an iframe, which Playwright reaches as a frame of the tab. A UiLocator looks in both, with
// the subset of Playwright's Locator the tests use; it waits for what it looks for.

import type { ElementHandle, Frame, Page } from 'playwright-core';

const EXPOSED = '__fsjGlossTestUi';
const TIMEOUT_MS = 30_000;

interface PiercedNode {
  localName?: string;
  backendNodeId: number;
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
}

function findHost(node: PiercedNode): PiercedNode | null {
  if (node.localName === 'fsj-gloss-card' && node.shadowRoots?.length) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Hands the closed root to the test's side of the page (once per document), if it is there. */
async function exposeRoot(tab: Page): Promise<boolean> {
  const devtools = await tab.context().newCDPSession(tab);
  try {
    const { root } = (await devtools.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: PiercedNode;
    };
    const host = findHost(root);
    if (host === null) return false;
    const { object } = await devtools.send('DOM.resolveNode', {
      backendNodeId: host.shadowRoots![0]!.backendNodeId,
    });
    await devtools.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { window.${EXPOSED} = this; }`,
    });
    return true;
  } finally {
    await devtools.detach();
  }
}

/** The extension's closed shadow root on `tab`, or null before the content script made it. */
export async function uiRoot(tab: Page): Promise<ElementHandle<Node> | null> {
  const connected = () =>
    tab.evaluate(
      (name) => (window as unknown as Record<string, ShadowRoot>)[name]?.host?.isConnected === true,
      EXPOSED,
    );
  if (!(await connected()) && !(await exposeRoot(tab))) return null;
  const handle = await tab.evaluateHandle(
    (name) => (window as unknown as Record<string, ShadowRoot>)[name]!,
    EXPOSED,
  );
  return handle.asElement();
}

/** The reader frame on `tab`, once the extension has made it. */
export function readerFrame(tab: Page): Frame | null {
  return (
    tab.frames().find((f) => /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/.test(f.url())) ??
    null
  );
}

async function findAll(tab: Page, selector: string): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  const root = await uiRoot(tab).catch(() => null);
  if (root) found.push(...(await root.$$(selector)));
  const frame = readerFrame(tab);
  if (frame) found.push(...(await frame.$$(selector).catch(() => [])));
  return found;
}

export class UiLocator {
  constructor(
    private readonly tab: Page,
    private readonly selector: string,
    private readonly pick: 'first' | 'last' = 'first',
  ) {}

  first(): UiLocator {
    return new UiLocator(this.tab, this.selector, 'first');
  }

  last(): UiLocator {
    return new UiLocator(this.tab, this.selector, 'last');
  }

  private async resolve(): Promise<ElementHandle | null> {
    const all = await findAll(this.tab, this.selector);
    return (this.pick === 'last' ? all.at(-1) : all[0]) ?? null;
  }

  /** Waits until the element is there (or, with `detached`, gone). */
  async waitFor(options: { state?: 'attached' | 'visible' | 'detached'; timeout?: number } = {}) {
    const deadline = Date.now() + (options.timeout ?? TIMEOUT_MS);
    for (;;) {
      const element = await this.resolve();
      const visible =
        element !== null && (options.state !== 'visible' || (await element.isVisible()));
      if (options.state === 'detached' ? element === null : visible) return element;
      if (Date.now() > deadline) {
        throw new Error(
          `"${this.selector}" is ${options.state === 'detached' ? 'still' : 'not'} in the extension's UI`,
        );
      }
      await this.tab.waitForTimeout(50);
    }
  }

  private async element(): Promise<ElementHandle> {
    return (await this.waitFor())!;
  }

  async click(): Promise<void> {
    await (await this.element()).click();
  }

  async fill(text: string): Promise<void> {
    await (await this.element()).fill(text);
  }

  async focus(): Promise<void> {
    await (await this.element()).focus();
  }

  async textContent(): Promise<string | null> {
    return (await this.element()).textContent();
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.element()).getAttribute(name);
  }

  async inputValue(): Promise<string> {
    return (await this.element()).inputValue();
  }

  async evaluate<R>(fn: (element: Element) => R): Promise<R> {
    return (await this.element()).evaluate(fn as (node: Node) => R);
  }

  async boundingBox() {
    return (await this.element()).boundingBox();
  }

  async count(): Promise<number> {
    return (await findAll(this.tab, this.selector)).length;
  }

  async allTextContents(): Promise<string[]> {
    const all = await findAll(this.tab, this.selector);
    return Promise.all(all.map(async (e) => (await e.textContent()) ?? ''));
  }
}

/** Something in the extension's UI on `tab` (its closed shadow root or its reader frame). */
export const inUi = (tab: Page, selector: string): UiLocator => new UiLocator(tab, selector);
