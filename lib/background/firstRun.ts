// The first run: when the extension is installed (not updated, not re-enabled), the welcome page
// opens in a tab, once. It takes the extension API as a parameter so that tests can drive it with
// a small fake.

export const WELCOME_PAGE = '/welcome.html';

/** The part of the extension API the first run needs. */
export interface FirstRunApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/**
 * Opens the welcome page when the browser reports a fresh install. An update or a browser update
 * says nothing: the reader knows the extension already.
 */
export function welcomeOnInstall(api: FirstRunApi): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE) });
  });
}
