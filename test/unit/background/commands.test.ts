// The shortcuts and the context menu as the background runs them, against a small fake of the
// extension API: which tab gets which message, when the content script is injected first, how the
// per-site switch is turned, what opens the notes page, and what the reader is told when a page
// cannot be reached.
import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  CONTENT_SCRIPT,
  createCommandHandlers,
  MENU_DOCUMENT_PATTERNS,
  MENU_ITEMS,
  registerCommands,
  UNREACHABLE_TITLE,
  type CommandsApi,
  type TabRef,
} from '../../../lib/background/commands';
import type { PopupMessage, TabStatus } from '../../../lib/messaging/popup';
import { DISABLED_SITES_KEY } from '../../../lib/overlay/siteSettings';

/** One tab's content script, as the fake runs it: answers status and selection commands. */
interface FakeContent {
  state: TabStatus['state'];
  host: string;
  /** How many status requests go unanswered after an injection (the script still starting). */
  startingFor?: number;
}

interface FakeTab {
  /** The running content script, or null when there is none. */
  content: FakeContent | null;
  /** What an injection starts; null when the page refuses scripts (a browser page). */
  injects: FakeContent | null;
}

function fakeBrowser(tabs: Record<number, FakeTab>, stored: Record<string, unknown> = {}) {
  const sent: { tabId: number; message: PopupMessage }[] = [];
  const injected: number[] = [];
  const created: { url: string; index?: number }[] = [];
  const badges: Record<number, { text?: string; title?: string }> = {};
  const menus: unknown[] = [];
  const listeners: Record<string, (...args: never[]) => void> = {};
  const storage = { ...stored };
  /** Resolves once `check` holds after one of the fake's calls (the listeners do not return). */
  const waiters: { check: () => boolean; resolve: () => void }[] = [];
  const settle = () => {
    for (const waiter of waiters.splice(0)) {
      if (waiter.check()) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => waiters.push({ check, resolve }));
  const listen = (name: string) => ({
    addListener: (listener: (...args: never[]) => void) => void (listeners[name] = listener),
  });
  const api: CommandsApi = {
    tabs: {
      async sendMessage(tabId, message) {
        sent.push({ tabId, message });
        settle();
        const content = tabs[tabId]?.content;
        if (!content) throw new Error('Could not establish connection.');
        if (message.type === 'gloss:status') {
          if ((content.startingFor ?? 0) > 0) {
            content.startingFor! -= 1;
            throw new Error('Could not establish connection.');
          }
          return { state: content.state, host: content.host } as TabStatus;
        }
        return { done: true };
      },
      query: async () => [{ id: 1, index: 0 }],
      async create(properties) {
        created.push(properties);
      },
    },
    scripting: {
      async executeScript({ target, files }) {
        expect(files).toEqual([CONTENT_SCRIPT]);
        const tab = tabs[target.tabId]!;
        if (tab.injects === null) throw new Error('Cannot access a chrome:// URL');
        injected.push(target.tabId);
        tab.content = tab.injects;
      },
    },
    storage: {
      local: {
        get: async (key) => ({ [key]: storage[key] }),
        async set(items) {
          Object.assign(storage, items);
        },
      },
    },
    runtime: {
      getURL: (path) => `chrome-extension://fsj/${path.replace(/^\//, '')}`,
      onInstalled: listen('installed'),
      onStartup: listen('startup'),
    },
    commands: { onCommand: listen('command') },
    contextMenus: {
      async removeAll() {
        menus.length = 0;
      },
      create: (item) => (menus.push(item), settle()),
      onClicked: listen('menu'),
    },
    action: {
      async setBadgeText({ tabId, text }) {
        badges[tabId] = { ...badges[tabId], text };
      },
      async setTitle({ tabId, title }) {
        badges[tabId] = { ...badges[tabId], title };
      },
    },
  };
  return { api, sent, injected, created, badges, menus, listeners, storage, until };
}

const afsa = (state: TabStatus['state'] = 'ready'): FakeContent => ({
  state,
  host: 'www.afsa.org',
});
const noWait = { wait: async () => undefined };
const tab = (id: number, index = 0): TabRef => ({ id, index });
const selectionCommands = (sent: { message: PopupMessage }[]) =>
  sent.filter((s) => s.message.type === 'gloss:selection-command').map((s) => s.message);

describe('highlighting the selection (shortcut and menu)', () => {
  it('sends the page a highlight command when its content script runs', async () => {
    const fake = fakeBrowser({ 7: { content: afsa(), injects: afsa() } });
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.highlightSelection, tab(7));
    expect(selectionCommands(fake.sent)).toEqual([
      { type: 'gloss:selection-command', action: 'highlight' },
    ]);
    expect(fake.injected).toEqual([]);
  });

  it('maps the menu items to highlight and note', async () => {
    const fake = fakeBrowser({ 7: { content: afsa(), injects: afsa() } });
    const handlers = createCommandHandlers(fake.api, noWait);
    await handlers.onMenuClick(MENU_ITEMS.note, tab(7));
    await handlers.onMenuClick(MENU_ITEMS.highlight, tab(7));
    await handlers.onMenuClick('someone-elses-item', tab(7));
    expect(selectionCommands(fake.sent).map((m) => 'action' in m && m.action)).toEqual([
      'note',
      'highlight',
    ]);
  });

  it('injects the content script first on a page that has none, and waits until it answers', async () => {
    const starting = { ...afsa(), host: 'example.org', startingFor: 3 };
    const fake = fakeBrowser({ 3: { content: null, injects: starting } });
    await createCommandHandlers(fake.api, noWait).onMenuClick(MENU_ITEMS.highlight, tab(3));
    expect(fake.injected).toEqual([3]);
    expect(selectionCommands(fake.sent)).toHaveLength(1);
    expect(fake.badges).toEqual({});
  });

  it('marks the toolbar button of a page that refuses scripts, and sends nothing', async () => {
    const fake = fakeBrowser({ 4: { content: null, injects: null } });
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.highlightSelection, tab(4));
    expect(selectionCommands(fake.sent)).toEqual([]);
    expect(fake.badges[4]).toEqual({ text: '!', title: UNREACHABLE_TITLE });
  });

  it('gives up, and says so, when an injected script never answers', async () => {
    const silent = { ...afsa(), startingFor: Infinity };
    const fake = fakeBrowser({ 5: { content: null, injects: silent } });
    const handlers = createCommandHandlers(fake.api, { ...noWait, attempts: 4 });
    await handlers.onCommand(COMMANDS.highlightSelection, tab(5));
    expect(fake.sent.filter((s) => s.message.type === 'gloss:status')).toHaveLength(5);
    expect(selectionCommands(fake.sent)).toEqual([]);
    expect(fake.badges[5]?.text).toBe('!');
  });

  it('uses the active tab when the event names none', async () => {
    const fake = fakeBrowser({ 1: { content: afsa(), injects: afsa() } });
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.highlightSelection);
    expect(fake.sent.map((s) => s.tabId)).toContain(1);
  });
});

describe('toggling the overlay for the site', () => {
  it('switches a running overlay off by adding its host to the stored list', async () => {
    const fake = fakeBrowser(
      { 2: { content: afsa('ready'), injects: null } },
      {
        [DISABLED_SITES_KEY]: ['example.org'],
      },
    );
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.toggleOverlay, tab(2));
    expect(fake.storage[DISABLED_SITES_KEY]).toEqual(['example.org', 'www.afsa.org']);
  });

  it('switches it off also where no article was found', async () => {
    const fake = fakeBrowser({ 2: { content: afsa('no-article'), injects: null } });
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.toggleOverlay, tab(2));
    expect(fake.storage[DISABLED_SITES_KEY]).toEqual(['www.afsa.org']);
  });

  it('switches an overlay that is off back on', async () => {
    const fake = fakeBrowser(
      { 2: { content: afsa('off'), injects: null } },
      {
        [DISABLED_SITES_KEY]: ['www.afsa.org'],
      },
    );
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.toggleOverlay, tab(2));
    expect(fake.storage[DISABLED_SITES_KEY]).toEqual([]);
  });

  it('turns it on where it is not running: injects it, and clears a stored off switch', async () => {
    const other = { state: 'off' as const, host: 'example.org' };
    const fake = fakeBrowser(
      { 6: { content: null, injects: other } },
      {
        [DISABLED_SITES_KEY]: ['example.org'],
      },
    );
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.toggleOverlay, tab(6));
    expect(fake.injected).toEqual([6]);
    expect(fake.storage[DISABLED_SITES_KEY]).toEqual([]);
  });

  it('leaves the stored list alone on a page it cannot reach', async () => {
    const fake = fakeBrowser(
      { 4: { content: null, injects: null } },
      {
        [DISABLED_SITES_KEY]: ['example.org'],
      },
    );
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.toggleOverlay, tab(4));
    expect(fake.storage[DISABLED_SITES_KEY]).toEqual(['example.org']);
    expect(fake.badges[4]?.title).toBe(UNREACHABLE_TITLE);
  });
});

describe('opening the notes page', () => {
  it('opens notes.html in a new tab next to the current one', async () => {
    const fake = fakeBrowser({ 8: { content: null, injects: null } });
    await createCommandHandlers(fake.api, noWait).onCommand(COMMANDS.openNotes, tab(8, 4));
    expect(fake.created).toEqual([{ url: 'chrome-extension://fsj/notes.html', index: 5 }]);
    expect(fake.sent).toEqual([]);
  });
});

describe('the context menu', () => {
  it('offers Highlight and Add note on a selection in web pages only', async () => {
    const fake = fakeBrowser({});
    await createCommandHandlers(fake.api, noWait).installMenus();
    expect(fake.menus).toEqual([
      {
        id: MENU_ITEMS.highlight,
        title: 'Highlight',
        contexts: ['selection'],
        documentUrlPatterns: MENU_DOCUMENT_PATTERNS,
      },
      {
        id: MENU_ITEMS.note,
        title: 'Add note…',
        contexts: ['selection'],
        documentUrlPatterns: MENU_DOCUMENT_PATTERNS,
      },
    ]);
  });

  it('is built again at each start without duplicating items, even when starts overlap', async () => {
    const fake = fakeBrowser({});
    const handlers = createCommandHandlers(fake.api, noWait);
    await handlers.installMenus();
    await Promise.all([handlers.installMenus(), handlers.installMenus()]);
    expect(fake.menus).toHaveLength(2);
  });

  it('is built at once when asked to (the Firefox build), not only on install', async () => {
    const fake = fakeBrowser({});
    const built = fake.until(() => fake.menus.length === 2);
    registerCommands(fake.api, { ...noWait, menusAtStart: true });
    await built;
    expect(fake.menus).toHaveLength(2);
  });
});

describe('registerCommands', () => {
  it('listens to the commands, the menu, install and start', async () => {
    const fake = fakeBrowser({ 7: { content: afsa(), injects: afsa() } });
    registerCommands(fake.api, noWait);
    expect(Object.keys(fake.listeners).sort()).toEqual(['command', 'installed', 'menu', 'startup']);
    const built = fake.until(() => fake.menus.length === 2);
    fake.listeners.installed!();
    await built;
    const highlighted = fake.until(() => selectionCommands(fake.sent).length === 1);
    (fake.listeners.menu as (info: { menuItemId: string }, tab: TabRef) => void)(
      { menuItemId: MENU_ITEMS.highlight },
      tab(7),
    );
    await highlighted;
    expect(selectionCommands(fake.sent)).toEqual([
      { type: 'gloss:selection-command', action: 'highlight' },
    ]);
  });
});
