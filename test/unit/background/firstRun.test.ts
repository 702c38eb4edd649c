// The first run: the welcome page opens on a fresh install, and only then.
import { describe, expect, it } from 'vitest';
import { welcomeOnInstall, type FirstRunApi } from '../../../lib/background/firstRun';

function fakeBrowser() {
  const opened: string[] = [];
  let listener: ((details: { reason: string }) => void) | undefined;
  const api: FirstRunApi = {
    runtime: {
      onInstalled: { addListener: (l) => (listener = l) },
      getURL: (path) => `chrome-extension://abc${path}`,
    },
    tabs: {
      create: async ({ url }) => {
        opened.push(url);
      },
    },
  };
  welcomeOnInstall(api);
  return { opened, installed: (reason: string) => listener?.({ reason }) };
}

describe('the welcome page', () => {
  it('opens in a tab when the extension is installed', () => {
    const browser = fakeBrowser();
    browser.installed('install');
    expect(browser.opened).toEqual(['chrome-extension://abc/welcome.html']);
  });

  it('stays closed on an update, a browser update or a shared module’s update', () => {
    const browser = fakeBrowser();
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      browser.installed(reason);
    }
    expect(browser.opened).toEqual([]);
  });
});
