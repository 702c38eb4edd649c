// User Timing marks for `npm run bench`, which builds the extension in the "bench" mode to time the
// real content script in the page. In every other build the condition is false at build time and
// the marks are not in the bundle, so pages never see them.

/** The steps the bench reads, in order. */
export const BENCH_STEPS = ['start', 'settings', 'copy-sent', 'trace-received', 'painted'] as const;
export type BenchStep = (typeof BENCH_STEPS)[number];

export function benchMark(step: BenchStep): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`fsj-gloss:${step}`);
}
