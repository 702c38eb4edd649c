// Long searches written as generators that yield at points where they may pause: run at once
// (runNow: tests, the benchmark, anything in a page), or in slices that give the event loop back
// between them (runInSlices: the background, where other tabs' requests must not wait behind a
// search). A yield is a place to pause, never a result.

/** A computation of a T that yields where it may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

export interface SliceOptions {
  /** How long a slice may run before it gives the event loop back, in ms. */
  sliceMs?: number;
  clock?: () => number;
  /** Waits for the event loop to run other tasks (a macrotask by default). */
  pause?: () => Promise<void>;
}

/** Slices of about this long keep another request's reply well under 100 ms. */
export const SLICE_MS = 8;

/**
 * A macrotask's wait. Why a message and not setTimeout(0): nested timeouts are clamped to 4 ms,
 * which would more than halve the search's speed; a posted message is queued as a task, behind
 * whatever the event loop already holds (another tab's request, IndexedDB's callbacks).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `steps`, pausing (a macrotask by default) whenever a slice has run `sliceMs`. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const clock = options.clock ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.pause ?? nextTask;
  let sliceStart = clock();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (clock() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = clock();
    }
  }
}
