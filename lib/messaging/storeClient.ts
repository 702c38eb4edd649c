// The store messages' asking side, for the content script and the reader frame: asks the
// background (which owns the database) and always resolves, with its reply or an error the reader
// can act on.

import { browser } from 'wxt/browser';
import type { StoreReply, StoreRequest, StoreValues } from './store';

export type ReplyTo<R extends StoreRequest> = StoreReply<StoreValues[R['type']]>;

export async function askStore<R extends StoreRequest>(request: R): Promise<ReplyTo<R>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as ReplyTo<R> | undefined;
    if (reply === undefined || reply === null) {
      return { ok: false, error: { kind: 'unknown', message: 'The extension did not answer.' } };
    }
    return reply;
  } catch {
    // The extension was updated or reloaded under this page: this script can no longer reach it.
    return {
      ok: false,
      error: {
        kind: 'closed',
        message: 'FSJ Gloss was updated or restarted. Reload this page to keep saving.',
      },
    };
  }
}
