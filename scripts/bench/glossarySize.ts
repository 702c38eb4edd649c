// The full glossary against the first 63 entries, in the bench page: loading the baked glossary
// in the document that reads pages, matching the demo article and the ×50 one, the card's text
// lookup. Figures and ratios only (issue goal: matching at most 1.5× the 63 entries' time).

import type { Page } from 'playwright-core';
import { call } from './driver';
import { median, ms, ratio, type Row } from './stats';

const RUNS = 9;
const ns = (milliseconds: number) => `${(milliseconds * 1e6).toFixed(0)} ns`;
const WARM_UP = 2;

async function medianOf(runs: number, fn: () => Promise<{ ms: number; count: number }>) {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs + WARM_UP; i++) {
    const r = await fn();
    if (i >= WARM_UP) times.push(r.ms);
    count = r.count;
  }
  return { ms: median(times), count };
}

/** Rows comparing the full glossary with the core 63; leaves the page's article at `longTimes`. */
export async function benchGlossarySize(page: Page, longTimes: number): Promise<Row[]> {
  const rows: Row[] = [];
  const load = { core: await medianOf(RUNS, () => call(page, 'loadBaked', 'core')) };
  const full = await medianOf(RUNS, () => call(page, 'loadBaked', 'full'));
  const sizes = {
    core: (await call(page, 'loadBaked', 'core')).bytes,
    full: (await call(page, 'loadBaked', 'full')).bytes,
  };
  rows.push(
    {
      measure: `f. load the baked glossary: first 63 (${load.core.count} patterns, ${(sizes.core / 1024).toFixed(0)} KB)`,
      figure: ms(load.core.ms),
      goal: '',
    },
    {
      measure: `f. load the baked glossary: full (${full.count} patterns, ${(sizes.full / 1024).toFixed(0)} KB)`,
      figure: ms(full.ms),
      goal: '',
    },
    { measure: 'f. loading, full / first 63', figure: ratio(full.ms / load.core.ms), goal: '' },
  );
  for (const [label, times] of [
    ['demo article', 1],
    [`article × ${longTimes}`, longTimes],
  ] as const) {
    await call(page, 'setup', times);
    const core = await medianOf(RUNS, () => call(page, 'matchBaked', 'core'));
    const all = await medianOf(RUNS, () => call(page, 'matchBaked', 'full'));
    rows.push(
      {
        measure: `f. matching, ${label}: first 63 (${core.count} hits) / full (${all.count} hits)`,
        figure: `${ms(core.ms)} / ${ms(all.ms)}`,
        goal: '',
      },
      {
        measure: `f. matching, ${label}, full / first 63`,
        figure: ratio(all.ms / core.ms),
        goal: '≤ 1.5×',
      },
    );
  }
  const lookCore = await medianOf(RUNS, () => call(page, 'cardLookup', 'core'));
  const lookFull = await medianOf(RUNS, () => call(page, 'cardLookup', 'full'));
  rows.push({
    measure: `f. card text lookup by id: first 63 / full (${lookFull.count} entries)`,
    figure: `${ns(lookCore.ms)} / ${ns(lookFull.ms)}`,
    goal: '',
  });
  return rows;
}
