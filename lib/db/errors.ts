// Turns whatever IndexedDB or Dexie threw into a StoreError: a kind the UI can act on and a
// sentence the user can read.

import type { StoreError } from '../messaging/store';

/** A failure the store detected itself (missing record, bad input), with its kind. */
export class StoreFailure extends Error {
  constructor(
    readonly kind: StoreError['kind'],
    message: string,
  ) {
    super(message);
    this.name = 'StoreFailure';
  }
}

export const MESSAGES = {
  quota:
    'There is no room left to save this: the disk is full, or the browser’s storage limit is reached. Free some disk space and try again.',
  closed:
    'The highlights database is closed (the browser may be updating or shutting down the extension). Reload the page and try again.',
  invalid: 'The extension sent data the database cannot store; nothing was changed.',
  unknown: 'The highlights database failed unexpectedly; nothing was changed. Try again.',
} as const;

/**
 * What a message about a refused edit adds when the reader had typed a new note: the text itself,
 * so that it survives the editor being closed (a conflict says "your text was kept").
 */
export function typedTextKept(note: string): string {
  return ` Your text: “${note}”`;
}

const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError']);
const INVALID_NAMES = new Set(['DataError', 'DataCloneError', 'ConstraintError']);

/** The error and the errors it wraps (Dexie's `inner`, standard `cause`), outermost first. */
function chain(error: unknown): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    out.push({
      name: typeof e.name === 'string' ? e.name : '',
      message: typeof e.message === 'string' ? e.message : '',
    });
    current = e.inner ?? e.cause;
  }
  return out;
}

/**
 * What to tell the user about a failed read or write. A full disk is reported as such wherever it
 * sits in the chain of wrapped errors (a transaction aborted by a failed put says "AbortError"
 * outside and "QuotaExceededError" inside); then a closed database; then bad input.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreFailure) return { kind: error.kind, message: error.message };
  const errors = chain(error);
  const names = errors.map((e) => e.name);
  if (names.includes('QuotaExceededError')) return { kind: 'quota', message: MESSAGES.quota };
  if (names.some((n) => CLOSED_NAMES.has(n))) return { kind: 'closed', message: MESSAGES.closed };
  if (names.some((n) => INVALID_NAMES.has(n))) {
    return { kind: 'invalid', message: MESSAGES.invalid };
  }
  // Name the innermost cause, for a bug report.
  const cause = errors[errors.length - 1];
  const detail = cause ? ` (${cause.name || 'Error'}: ${cause.message.slice(0, 200)})` : '';
  return { kind: 'unknown', message: MESSAGES.unknown + detail };
}
