// The driver's side of the benchmark: serves the page cross-origin isolated (for a precise timer),
// calls the in-page `fsjBench` functions of page-entry.ts with their types, and repeats them.

import type { BrowserContext, Page } from 'playwright-core';
import type { BenchApi, Timed } from './page-entry';

type Method = {
  [K in keyof BenchApi]: BenchApi[K] extends (...a: never[]) => unknown ? K : never;
}[keyof BenchApi];

/** Calls `fsjBench[name](...args)` in the page. */
export function call<K extends Method>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<ReturnType<BenchApi[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const bench = (
        window as unknown as { fsjBench: Record<string, (...x: unknown[]) => unknown> }
      ).fsjBench;
      return bench[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<BenchApi[K]>>;
}

/** Serves `html` at `url`, cross-origin isolated so performance.now() is precise to 5 µs. */
export async function serveIsolated(
  context: BrowserContext,
  url: string,
  html: string,
): Promise<void> {
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    async (route) => {
      if (route.request().url().replace(/#.*$/, '') !== url) {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
        return;
      }
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        },
        body: html,
      });
    },
  );
}

/** Runs `fn` `runs` times and returns the times (and the last count). */
export async function sample(
  runs: number,
  fn: () => Promise<Timed>,
): Promise<{ times: number[]; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const r = await fn();
    times.push(r.ms);
    count = r.count;
  }
  return { times, count };
}
