// The keyboard shortcuts (the commands API) and the context menu on a selection, as the background
// runs them: turn the overlay on or off for the tab's site, highlight the selection or open the
// note editor for it, open the notes page. Where the content script is not running yet, a shortcut
// or a menu click has granted activeTab, so the script is injected first (as the popup's "Mark
// organizations on this page" does). It takes the extension API as a parameter so that tests can
// drive it with a small fake.

import type {
  PopupMessage,
  SelectionAction,
  SelectionCommandReply,
  TabStatus,
} from '../messaging/popup';
import { DISABLED_SITES_KEY, readDisabledSites, setSiteDisabled } from '../overlay/siteSettings';

/** The commands declared in the manifest (wxt.config.ts), by name. */
export const COMMANDS = {
  toggleOverlay: 'toggle-overlay',
  highlightSelection: 'highlight-selection',
  openNotes: 'open-notes',
} as const;

/** The context menu's items, by id. */
export const MENU_ITEMS = { highlight: 'gloss-highlight', note: 'gloss-add-note' } as const;

/** The menu is offered only where a content script can run: web pages, not browser pages. */
export const MENU_DOCUMENT_PATTERNS = ['http://*/*', 'https://*/*'];

export const NOTES_PAGE = '/notes.html';
export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** What the badge's tooltip says on a tab the extension cannot reach. */
export const UNREACHABLE_TITLE =
  'FSJ Gloss cannot work on this page: browsers keep their own pages and stores closed to extensions.';

export interface TabRef {
  id?: number;
  index?: number;
}

interface ListenerEvent<F> {
  addListener(listener: F): void;
}

interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

interface MenuItem {
  id: string;
  title: string;
  contexts: ['selection'];
  documentUrlPatterns: string[];
}

/** The part of the extension API this module uses (the real `browser` object fits it). */
export interface CommandsApi {
  tabs: {
    sendMessage(tabId: number, message: PopupMessage): Promise<unknown>;
    query(query: { active: true; currentWindow: true }): Promise<TabRef[]>;
    create(properties: { url: string; index?: number }): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files: [typeof CONTENT_SCRIPT];
    }): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  runtime: {
    getURL(path: string): string;
    onInstalled: ListenerEvent<() => void>;
    onStartup: ListenerEvent<() => void>;
  };
  commands: { onCommand: ListenerEvent<(command: string, tab?: TabRef) => void> };
  contextMenus: {
    removeAll(): Promise<void>;
    create(item: MenuItem): unknown;
    onClicked: ListenerEvent<(info: { menuItemId: string | number }, tab?: TabRef) => void>;
  };
  /** MV3 (Chrome). */
  action?: BadgeApi;
  /** MV2 (the Firefox build). */
  browserAction?: BadgeApi;
}

export interface CommandHandlers {
  /** (Re)creates the context menu: removing first makes it safe to run at every start. */
  installMenus(): Promise<void>;
  onCommand(command: string, tab?: TabRef): Promise<void>;
  onMenuClick(menuItemId: string | number, tab?: TabRef): Promise<void>;
}

export interface CommandsOptions {
  /** Pause between asking a freshly injected script whether it is ready. */
  wait?: (ms: number) => Promise<void>;
  /** How many times to ask before giving up (10 s at the default pause). */
  attempts?: number;
  /**
   * Build the menu as soon as the background starts too: Firefox's MV2 background page gets no
   * install or startup event when the add-on is switched off and on again, and loses its menu then.
   */
  menusAtStart?: boolean;
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The handlers the listeners call; exported apart from the listeners so tests can call them. */
export function createCommandHandlers(
  api: CommandsApi,
  options: CommandsOptions = {},
): CommandHandlers {
  const { wait = defaultWait, attempts = 100 } = options;

  const ask = async <T>(tabId: number, message: PopupMessage): Promise<T | null> => {
    try {
      return ((await api.tabs.sendMessage(tabId, message)) as T | undefined) ?? null;
    } catch {
      return null; // no content script in this tab (yet)
    }
  };
  const status = (tabId: number) => ask<TabStatus>(tabId, { type: 'gloss:status' });

  /** Says on the toolbar button, for this tab only, that the page is out of reach. */
  const tellUnreachable = async (tabId: number) => {
    const badge = api.action ?? api.browserAction;
    try {
      await badge?.setBadgeText({ tabId, text: '!' });
      await badge?.setTitle({ tabId, title: UNREACHABLE_TITLE });
    } catch {
      // The tab closed meanwhile: nobody to tell.
    }
  };

  /** The running content script's status, injecting it first when the tab has none. */
  const reach = async (tabId: number): Promise<TabStatus | null> => {
    const running = await status(tabId);
    if (running !== null) return running;
    try {
      await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    } catch {
      await tellUnreachable(tabId);
      return null;
    }
    // The script answers once its first pass over the page is done.
    for (let attempt = 0; attempt < attempts; attempt++) {
      const ready = await status(tabId);
      if (ready !== null) return ready;
      await wait(100);
    }
    await tellUnreachable(tabId);
    return null;
  };

  const setSiteOff = async (host: string, off: boolean) => {
    const stored = await api.storage.local.get(DISABLED_SITES_KEY);
    const list = readDisabledSites(stored[DISABLED_SITES_KEY]);
    await api.storage.local.set({ [DISABLED_SITES_KEY]: setSiteDisabled(list, host, off) });
  };

  const toggleOverlay = async (tabId: number) => {
    const running = await status(tabId);
    if (running !== null) return setSiteOff(running.host, running.state !== 'off');
    // Not running here yet: the shortcut turns it on, as the popup's button does.
    const reached = await reach(tabId);
    if (reached?.state === 'off') await setSiteOff(reached.host, false);
  };

  const onSelection = async (tabId: number, action: SelectionAction) => {
    if ((await reach(tabId)) === null) return;
    // The page shows the reader why when it cannot do it (no selection, switched off…).
    await ask<SelectionCommandReply>(tabId, { type: 'gloss:selection-command', action });
  };

  const openNotes = async (tab: TabRef | undefined) => {
    const url = api.runtime.getURL(NOTES_PAGE);
    await api.tabs.create(tab?.index === undefined ? { url } : { url, index: tab.index + 1 });
  };

  const tabOf = async (tab: TabRef | undefined): Promise<TabRef | undefined> =>
    tab?.id !== undefined
      ? tab
      : (await api.tabs.query({ active: true, currentWindow: true }).catch(() => []))[0];

  const buildMenus = async () => {
    await api.contextMenus.removeAll();
    const item = (id: string, title: string): MenuItem => ({
      id,
      title,
      contexts: ['selection'],
      documentUrlPatterns: MENU_DOCUMENT_PATTERNS,
    });
    api.contextMenus.create(item(MENU_ITEMS.highlight, 'Highlight'));
    api.contextMenus.create(item(MENU_ITEMS.note, 'Add note…'));
  };
  // One build at a time: two interleaved would create each item twice.
  let building: Promise<void> = Promise.resolve();

  return {
    installMenus() {
      building = building.then(buildMenus, buildMenus);
      return building;
    },
    async onCommand(command, given) {
      const tab = await tabOf(given);
      if (command === COMMANDS.openNotes) return openNotes(tab);
      if (tab?.id === undefined) return;
      if (command === COMMANDS.toggleOverlay) return toggleOverlay(tab.id);
      if (command === COMMANDS.highlightSelection) return onSelection(tab.id, 'highlight');
    },
    async onMenuClick(menuItemId, given) {
      const tab = await tabOf(given);
      if (tab?.id === undefined) return;
      if (menuItemId === MENU_ITEMS.highlight) return onSelection(tab.id, 'highlight');
      if (menuItemId === MENU_ITEMS.note) return onSelection(tab.id, 'note');
    },
  };
}

/** Wires the handlers to the browser's events; the background calls this once at start. */
export function registerCommands(api: CommandsApi, options?: CommandsOptions): CommandHandlers {
  const handlers = createCommandHandlers(api, options);
  const install = () => void handlers.installMenus().catch(() => undefined);
  // Chrome keeps the menu across restarts; Firefox's background page builds it at each start.
  api.runtime.onInstalled.addListener(install);
  api.runtime.onStartup.addListener(install);
  if (options?.menusAtStart) install();
  api.commands.onCommand.addListener((command, tab) => void handlers.onCommand(command, tab));
  api.contextMenus.onClicked.addListener(
    (info, tab) => void handlers.onMenuClick(info.menuItemId, tab),
  );
  return handlers;
}
