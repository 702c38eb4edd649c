// What went wrong, in words a reader understands: the popup's failures (the browser refusing a
// page, a tab that went away, a full disk, the clipboard) turned from the browser's raw message into
// one sentence that says what happened and what to do. Pure: an error and the tab's address in, a
// cause and a sentence out. The raw text is for the console only.

import { toStoreError } from '../db/errors';

export type ProblemCause =
  | 'protected-page'
  | 'local-file'
  | 'no-access'
  | 'error-page'
  | 'tab-gone'
  | 'not-reached'
  | 'no-article'
  | 'storage'
  | 'clipboard'
  | 'unknown';

export interface Problem {
  cause: ProblemCause;
  /** What the reader is told. */
  sentence: string;
}

const SENTENCES: Record<Exclude<ProblemCause, 'storage'>, string> = {
  'protected-page':
    'This page can’t be marked: the browser keeps extensions off it (its own pages, settings and add-on stores).',
  'local-file':
    'This is a file on your computer. To mark it, turn on “Allow access to file URLs” for FSJ Gloss in the browser’s extension settings.',
  'no-access':
    'The browser did not let FSJ Gloss into this page. Click the FSJ Gloss button in the toolbar while the page is in front, then try again.',
  'error-page': 'This page did not load, so there is nothing to mark. Reload it, then try again.',
  'tab-gone': 'That tab has been closed or has moved to another page. Open the page again.',
  'not-reached':
    'FSJ Gloss is not running on this page yet. Reload the page, then open this window again.',
  'no-article':
    'No article found on this page, so nothing is marked. You can mark the whole page instead.',
  clipboard:
    'The browser did not allow copying. Click inside this window and try again, or download the file instead.',
  unknown:
    'Something went wrong in FSJ Gloss. Close this window and try again; if it keeps happening, reload the page.',
};

/** A failure the popup's own wiring detected, with its cause already known. */
export class PopupProblem extends Error {
  constructor(readonly kind: Exclude<ProblemCause, 'storage'>) {
    super(SENTENCES[kind]);
    this.name = 'PopupProblem';
  }
}

/**
 * Pages no extension may script, whatever it asks for: the browser's own pages, other extensions'
 * pages, the source view and the add-on stores.
 */
export function isProtectedPage(url: string): boolean {
  if (
    /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|resource|chrome-search):/i.test(
      url,
    )
  ) {
    return true;
  }
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const stores = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
  return stores.includes(host) || (host === 'chrome.google.com' && /\/webstore/.test(url));
}

const problem = (cause: Exclude<ProblemCause, 'storage'>): Problem => ({
  cause,
  sentence: SENTENCES[cause],
});

/** The sentence for a cause the popup knows without an error (a page with no article). */
export const sentenceFor = (cause: Exclude<ProblemCause, 'storage'>): string => SENTENCES[cause];

/** Raw messages the browsers give, by what they mean (Chromium's first, then Firefox's). */
const KNOWN: [RegExp, Exclude<ProblemCause, 'storage'>][] = [
  [/Cannot access a (chrome|chrome-extension|edge|about):\/\/ URL/i, 'protected-page'],
  [/extensions gallery cannot be scripted/i, 'protected-page'],
  [/Cannot access contents of url "(chrome|edge|about|devtools|view-source)/i, 'protected-page'],
  [/Cannot access contents of url "file:/i, 'local-file'],
  [/showing error page|chrome-error:/i, 'error-page'],
  [/No tab with id|Invalid tab ID|tab was closed|No frame with id/i, 'tab-gone'],
  [/Receiving end does not exist|Could not establish connection/i, 'not-reached'],
  [/Cannot access contents of|must request permission|Missing host permission/i, 'no-access'],
  [/Document is not focused|clipboard|Write permission denied/i, 'clipboard'],
];

/** Names of the errors IndexedDB and Dexie throw; those are told through the store's own words. */
const STORAGE_NAMES =
  /^(QuotaExceededError|DatabaseClosedError|OpenFailedError|InvalidStateError|AbortError|DataError|DataCloneError|ConstraintError|UnknownError|VersionError|TransactionInactiveError|ReadOnlyError)$/;

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; message?: unknown };
    return {
      name: typeof e.name === 'string' ? e.name : '',
      message: typeof e.message === 'string' ? e.message : String(error),
    };
  }
  return { name: '', message: String(error) };
}

/**
 * What to tell the reader about `error`, raised while the popup spoke for the tab at `pageUrl`
 * (null when the browser did not say). The page's address decides first, since the browsers word
 * the same refusal differently for the same kind of page; then the message; then the error's name
 * for storage. Anything else gets the general sentence, never the raw text.
 */
export function explainProblem(error: unknown, pageUrl: string | null = null): Problem {
  if (error instanceof PopupProblem) return problem(error.kind);
  const { name, message } = nameAndMessage(error);
  const refused = KNOWN.find(([pattern]) => pattern.test(message))?.[1];
  if (refused === 'no-access' || refused === 'protected-page') {
    if (pageUrl !== null && isProtectedPage(pageUrl)) return problem('protected-page');
    if (pageUrl !== null && /^file:/i.test(pageUrl)) return problem('local-file');
  }
  if (refused !== undefined) return problem(refused);
  if (STORAGE_NAMES.test(name)) {
    const stored = toStoreError(error);
    return {
      cause: 'storage',
      sentence:
        stored.kind === 'unknown'
          ? 'Your highlights and notes could not be read just now; nothing was changed. Try again.'
          : stored.message,
    };
  }
  if (name === 'NotAllowedError') return problem('clipboard');
  return problem('unknown');
}
