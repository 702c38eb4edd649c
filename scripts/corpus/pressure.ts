// What the robustness run watches on its generated pages (hugePages.ts), besides the state and the
// text: the page's long tasks (PerformanceObserver 'longtask'; with the bench build, our own work
// between the reading's arrival and the painting, from its User Timing marks), whether the
// background still answers another tab meanwhile (a reader saving highlights on the demo page, key
// press to committed), and how long the background's event loop was ever held (a 10 ms interval
// timer in the service worker: a request arriving waits at most that long).

import type { BrowserContext, Page } from 'playwright-core';
import { demoPage } from '../browser/serve';
import { timeSave } from '../browser/timeSave';
import type { StoredHighlight } from './hugePages';

/** Installed in every page before its own scripts: long tasks and long frames, as they come. */
export function watchLongTasks(): void {
  const w = window as unknown as Record<string, unknown[]>;
  w.__fsjLongTasks = [];
  w.__fsjLongFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__fsjLongTasks!.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const frame = e as PerformanceEntry & {
          scripts?: { sourceURL: string; duration: number }[];
        };
        w.__fsjLongFrames!.push({
          start: e.startTime,
          duration: e.duration,
          scripts: (frame.scripts ?? []).map((s) => ({ url: s.sourceURL, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An engine without these entry types: nothing to report.
  }
}

export interface LongTasks {
  /** Long tasks after the load event: how many, and the longest, in ms. */
  count: number;
  longest: number;
  /** The longest script of the extension in a long animation frame, or null if none was named. */
  ours: number | null;
  /** With the bench build: from the reading's arrival to painted (locate, check, paint), in ms. */
  painting: number | null;
}

/** The long tasks a tab saw after its load event (where our content script's work lies). */
export async function longTasksAfterLoad(tab: Page, extensionId: string): Promise<LongTasks> {
  return tab.evaluate((id) => {
    const w = window as unknown as Record<string, unknown[]>;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const loaded = nav?.loadEventStart ?? 0;
    const tasks = (w.__fsjLongTasks ?? []) as { start: number; duration: number }[];
    const after = tasks.filter((t) => t.start >= loaded);
    const frames = (w.__fsjLongFrames ?? []) as {
      scripts: { url: string; duration: number }[];
    }[];
    const ours = frames
      .flatMap((f) => f.scripts)
      .filter((s) => s.url.startsWith(`chrome-extension://${id}/`))
      .map((s) => s.duration);
    // (No named functions in here: the script runner's helpers do not exist in the page.)
    const received = performance.getEntriesByName('fsj-gloss:trace-received')[0];
    const painted = performance.getEntriesByName('fsj-gloss:painted')[0];
    return {
      count: after.length,
      longest: Math.max(0, ...after.map((t) => t.duration)),
      ours: ours.length > 0 ? Math.max(...ours) : null,
      painting:
        received !== undefined && painted !== undefined
          ? painted.startTime - received.startTime
          : null,
    };
  }, extensionId);
}

/** Stores `highlights` for `pageUrl` through the background, as the content script would. */
export async function storeHighlights(
  context: BrowserContext,
  extensionId: string,
  pageUrl: string,
  highlights: readonly StoredHighlight[],
): Promise<void> {
  const tab = await context.newPage();
  try {
    await tab.goto(`chrome-extension://${extensionId}/options.html`);
    const problems = await tab.evaluate(
      async ({ pageUrl, highlights }) => {
        const failed: string[] = [];
        for (const h of highlights) {
          const highlight = {
            id: h.id,
            pageUrl,
            selectors: {
              quote: {
                type: 'TextQuoteSelector',
                exact: h.exact,
                prefix: h.prefix,
                suffix: h.suffix,
              },
              position: {
                type: 'TextPositionSelector',
                start: h.start,
                end: h.start + h.exact.length,
              },
            },
            quote: h.exact,
            color: 'yellow',
            note: '',
            tags: [],
            entryIds: [],
            createdAt: 1,
            updatedAt: 1,
          };
          const page = {
            url: pageUrl,
            title: 'generated',
            issue: null,
            pageNumber: null,
            updatedAt: 1,
          };
          const runtime = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
            }
          ).chrome.runtime;
          const reply = (await runtime.sendMessage({
            type: 'gloss:highlights:save',
            page,
            highlight,
          })) as { ok: boolean; error?: { message: string } };
          if (!reply.ok) failed.push(`${h.id}: ${reply.error?.message ?? '?'}`);
        }
        return failed;
      },
      { pageUrl, highlights },
    );
    if (problems.length > 0) throw new Error(`storing highlights failed: ${problems.join('; ')}`);
  } finally {
    await tab.close();
  }
}

/** A stretch of wall-clock time (Date.now), and how long something in it took. */
export interface Timed {
  at: number;
  ms: number;
}

/**
 * Watches the background's event loop: `stop()` gives every stretch it was held over 50 ms, and
 * when a page asked for its stored highlights, to place them (wall clock).
 */
export async function watchBackground(
  context: BrowserContext,
): Promise<{ stop(): Promise<{ held: Timed[]; placing: number[] }> }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const held: { at: number; ms: number }[] = [];
    const placing: number[] = [];
    const runtime = (
      g.chrome as { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } }
    ).runtime;
    runtime.onMessage.addListener((message) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'gloss:highlights:list') placing.push(Date.now());
    });
    let last = Date.now();
    g.__fsjHeld = held;
    g.__fsjPlacing = placing;
    g.__fsjHeldTimer = setInterval(() => {
      const now = Date.now();
      if (now - last - 10 > 50) held.push({ at: last, ms: now - last - 10 });
      last = now;
    }, 10);
  });
  return {
    stop: () =>
      worker.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        clearInterval(g.__fsjHeldTimer as number);
        return { held: g.__fsjHeld as Timed[], placing: g.__fsjPlacing as number[] };
      }),
  };
}

/**
 * Opens the demo page in another tab and saves a highlight there, again and again, until stopped;
 * each save's start (wall clock) and its time from key press to committed. Why saves: what the
 * security review saw was every tab's saves waiting behind one page's search.
 */
export async function keepSaving(context: BrowserContext): Promise<{ stop(): Promise<Timed[]> }> {
  const demo = demoPage();
  const tab = await context.newPage();
  await tab.goto(demo.url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  const saves: Timed[] = [];
  let stopped = false;
  const loop = (async () => {
    for (let i = 0; !stopped; i++) {
      const at = Date.now();
      saves.push({ at, ms: (await timeSave(tab, '.seo-content', i % 20)).commit });
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await tab.close();
      return saves;
    },
  };
}

/** What the run saw on one generated page, for the line it prints. */
export interface Pressure {
  long: LongTasks;
  plain: LongTasks | null;
  saves: Timed[];
  held: Timed[];
  /** Wall-clock times of the request to place the stored highlights, and of their painting. */
  ready: number;
  placed: number;
  /** Stored highlights painted, of those stored. */
  painted: number;
  stored: number;
}

const figure = (value: number) => `${Math.round(value)} ms`;
const longest = (list: readonly Timed[]) => Math.max(0, ...list.map((t) => t.ms));
const within = (list: readonly Timed[], from: number, to: number) =>
  list.filter((t) => t.at <= to && t.at + t.ms >= from);

/**
 * The figures printed for a generated page: long tasks after load (ours, and the page's own
 * without the extension), our work from the reading's arrival to painted (bench build only), the
 * stored highlights painted, and the other tab's saves and the background's held event loop, over
 * the whole run and while the stored highlights were being placed (from the background's receiving
 * the request to the first of them painted: re-anchoring's share).
 */
export function pressureNotes(p: Pressure): string {
  const { long, plain } = p;
  const ours = long.ours === null ? '' : `, the extension's longest script ${figure(long.ours)}`;
  const without =
    plain === null ? '' : ` (without the extension ${plain.count}, ${figure(plain.longest)})`;
  const painting = long.painting === null ? '' : `; received to painted ${figure(long.painting)}`;
  const placing = [within(p.saves, p.ready, p.placed), within(p.held, p.ready, p.placed)];
  return (
    `long tasks after load ${long.count}, longest ${figure(long.longest)}${ours}${without}` +
    `${painting}; ${p.painted}/${p.stored} stored highlights painted, ` +
    `placed in ${figure(p.placed - p.ready)}; another tab's saves: ${p.saves.length}, ` +
    `slowest ${figure(longest(p.saves))}, while placing ${placing[0]!.length}, slowest ` +
    `${figure(longest(placing[0]!))}; background held at most ${figure(longest(p.held))}, ` +
    `while placing ${figure(longest(placing[1]!))}`
  );
}
