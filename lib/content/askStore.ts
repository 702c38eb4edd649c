// How a content-script feature asks the background's store: passed in, so that the features run
// against a fake in unit tests and against lib/messaging/storeClient.ts in the page.

import type { StoreRequest } from '../messaging/store';
import type { ReplyTo } from '../messaging/storeClient';

export type AskStore = <R extends StoreRequest>(request: R) => Promise<ReplyTo<R>>;
