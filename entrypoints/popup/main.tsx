// Popup entry: connects the Popup component to the active tab, storage and the scripting API.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadFile } from '../../components/data/download';
import { Popup, type PopupActions } from '../../components/Popup';
import { GlossDatabase } from '../../lib/db/schema';
import { allTermNotes, listHighlights } from '../../lib/db/store';
import { articleFileStem } from '../../lib/export/files';
import { toMarkdown } from '../../lib/export/markdown';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../../lib/glossary/userEntries';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import type { ArticleInfo, PopupMessage, TabStatus } from '../../lib/messaging/popup';
import {
  DISABLED_SITES_KEY,
  readDisabledSites,
  setSiteDisabled,
} from '../../lib/overlay/siteSettings';
import { explainProblem, PopupProblem } from '../../lib/popup/problems';
import './popup.css';

/** The tab the popup speaks for: the active one, or `?tab=<id>` when opened as a page. */
async function activeTabId(): Promise<number> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new PopupProblem('tab-gone');
  return tab.id;
}

/** The tab's address, when the browser lets the popup see it (activeTab), else null. */
async function tabUrl(): Promise<string | null> {
  try {
    return (await browser.tabs.get(await activeTabId())).url ?? null;
  } catch {
    return null;
  }
}

async function send<T>(message: PopupMessage): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(await activeTabId(), message)) as T) ?? null;
  } catch {
    return null; // no content script in this tab
  }
}

const getStatus = () => send<TabStatus>({ type: 'gloss:status' });

async function disabledSites(): Promise<string[]> {
  return readDisabledSites(
    (await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY],
  );
}

// ---- The notes page: in a tab, or in the side panel (Chrome) / sidebar (Firefox). ----
const notesUrl = browser.runtime.getURL('/notes.html');
const organizationsUrl = browser.runtime.getURL('/organizations.html');
/** The popup's window, known before any click: the side panel must open within the click. */
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id));
const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } })
  .sidebarAction;

/** Extension pages read the database directly (it lives in this origin). */
let db: GlossDatabase | undefined;
const database = () => (db ??= new GlossDatabase());

const actions: PopupActions = {
  openNotes: () => void browser.tabs.create({ url: notesUrl }).then(() => window.close()),
  openOrganizations: () =>
    void browser.tabs.create({ url: organizationsUrl }).then(() => window.close()),
  openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
  async exportMarkdown() {
    const article = await send<ArticleInfo>({ type: 'gloss:article' });
    if (article === null) throw new PopupProblem('not-reached');
    const [highlights, termNotes, stored] = await Promise.all([
      listHighlights(database(), article.page.url),
      allTermNotes(database()),
      browser.storage.local.get([COLOR_NAMES_KEY, USER_ENTRIES_KEY]),
    ]);
    const exported = {
      page: article.page,
      highlights,
      entryIds: article.entryIds,
      ...(article.text === null ? {} : { text: article.text }),
    };
    return {
      name: `${articleFileStem(exported)}.md`,
      content: toMarkdown(exported, {
        termNotes,
        colorNames: readColorNames(stored[COLOR_NAMES_KEY]),
        lookupEntry: entryLabelLookup(stored[USER_ENTRIES_KEY]),
      }),
    };
  },
  download: (file) => downloadFile(file.content, file.name, 'text/markdown'),
  copy: (text) => navigator.clipboard.writeText(text),
  getStatus,
  async enableOnPage() {
    await browser.scripting.executeScript({
      target: { tabId: await activeTabId() },
      files: ['/content-scripts/content.js'],
    });
    // The script answers once its first pass is done.
    for (let attempt = 0; attempt < 50; attempt++) {
      const status = await getStatus();
      if (status !== null) return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new PopupProblem('not-reached');
  },
  annotateWholePage: () => send<TabStatus>({ type: 'gloss:annotate-page' }),
  async scrollTo(entryId) {
    await send({ type: 'gloss:scroll-to', entryId });
  },
  async scrollToHighlight(id) {
    await send({ type: 'gloss:scroll-to-highlight', id });
  },
  async reattach(id) {
    await send({ type: 'gloss:reattach', id });
  },
  async describeProblem(error) {
    // The browser's own words are kept for a bug report, out of the reader's way.
    console.warn('FSJ Gloss:', error);
    return explainProblem(error, await tabUrl()).sentence;
  },
  async isSiteEnabled(host) {
    return !(await disabledSites()).includes(host);
  },
  async setSiteEnabled(host, enabled) {
    await browser.storage.local.set({
      [DISABLED_SITES_KEY]: setSiteDisabled(await disabledSites(), host, !enabled),
    });
  },
};

if (browser.sidePanel?.open) {
  actions.openNotesAside = {
    label: 'Open in side panel',
    open() {
      if (windowId === undefined) return;
      void browser.sidePanel.open({ windowId }).then(() => window.close());
    },
  };
} else if (sidebar) {
  actions.openNotesAside = {
    label: 'Open in sidebar',
    open: () => void sidebar.open().then(() => window.close()),
  };
}

render(<Popup actions={actions} />, document.getElementById('app')!);
