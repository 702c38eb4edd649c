// The popup for the current tab: whether an article was found, the bodies it names with their
// counts (a click scrolls to the first mention), and the switch for this site.

import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../lib/messaging/popup';
import type { ExportFile } from '../lib/export/types';
import { pageHeading } from '../lib/page/pageHeading';
import { sentenceFor } from '../lib/popup/problems';
import { ExportArticle } from './ExportArticle';
import { PageHighlights } from './PageHighlights';

export interface PopupActions {
  /** This tab's status, or null when the overlay is not running in it. */
  getStatus: () => Promise<TabStatus | null>;
  /** Turns the overlay on for this one page (outside afsa.org, through activeTab). */
  enableOnPage: () => Promise<TabStatus | null>;
  annotateWholePage: () => Promise<TabStatus | null>;
  scrollTo: (entryId: string) => Promise<void>;
  scrollToHighlight: (id: string) => Promise<void>;
  /** Asks the page to wait for a selection to re-attach an orphan to. */
  reattach: (id: string) => Promise<void>;
  /** This article's highlights and notes as a Markdown file. */
  exportMarkdown: () => Promise<ExportFile>;
  download: (file: ExportFile) => void;
  copy: (text: string) => Promise<void>;
  isSiteEnabled: (host: string) => Promise<boolean>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<void>;
  /** Opens the notes page (every highlight and note) in a tab. */
  openNotes: () => void;
  /**
   * Opens it beside the page, in what the browser calls it (Chrome's side panel, Firefox's
   * sidebar); absent where the browser has neither.
   */
  openNotesAside?: { label: string; open: () => void };
  /** Opens the index of organizations (every body, with what the reader has on it) in a tab. */
  openOrganizations: () => void;
  /** Opens the options page (the reader's glossary entries, cards, colours, sites, data). */
  openOptions: () => void;
  /** What to tell the reader about a failure, in plain words (the raw error goes to the console). */
  describeProblem: (error: unknown) => Promise<string>;
}

type View =
  | { kind: 'loading' }
  | { kind: 'inactive' }
  | { kind: 'error'; message: string }
  | { kind: 'status'; status: TabStatus; siteEnabled: boolean };

export function Popup({ actions }: { actions: PopupActions }) {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const show = async (status: TabStatus | null) => {
    if (status === null) return setView({ kind: 'inactive' });
    setView({ kind: 'status', status, siteEnabled: await actions.isSiteEnabled(status.host) });
  };
  const run = (task: () => Promise<TabStatus | null>) =>
    task()
      .then(show)
      .catch((error: unknown) => actions.describeProblem(error))
      .then((message) => {
        if (typeof message === 'string') setView({ kind: 'error', message });
      });

  useEffect(() => void run(actions.getStatus), []);

  return (
    <main class="popup">
      <h1>FSJ Gloss</h1>
      {view.kind === 'loading' ? <p role="status">Reading this page…</p> : null}
      {view.kind === 'error' ? (
        <p role="alert" class="error">
          {view.message}
        </p>
      ) : null}
      {view.kind === 'inactive' ? (
        <section>
          <p>FSJ Gloss runs by itself on Foreign Service Journal pages on afsa.org.</p>
          <button type="button" onClick={() => run(actions.enableOnPage)}>
            Mark organizations on this page
          </button>
        </section>
      ) : null}
      {view.kind === 'status' ? (
        <StatusView
          status={view.status}
          siteEnabled={view.siteEnabled}
          onAnnotate={() => run(actions.annotateWholePage)}
          onScroll={(id) => void actions.scrollTo(id)}
          onScrollHighlight={(id) => void actions.scrollToHighlight(id)}
          onReattach={(id) => void actions.reattach(id).then(() => window.close())}
          actions={actions}
          onToggleSite={(enabled) =>
            void actions
              .setSiteEnabled(view.status.host, enabled)
              .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
              .then(() => run(actions.getStatus))
          }
        />
      ) : null}
      <p class="notes-links">
        <button type="button" data-action="open-notes" onClick={actions.openNotes}>
          Open notes
        </button>
        {actions.openNotesAside ? (
          <button type="button" data-action="open-side-panel" onClick={actions.openNotesAside.open}>
            {actions.openNotesAside.label}
          </button>
        ) : null}
        <button type="button" data-action="open-organizations" onClick={actions.openOrganizations}>
          Index of organizations
        </button>
        <button type="button" data-action="open-options" onClick={actions.openOptions}>
          Options
        </button>
      </p>
    </main>
  );
}

interface StatusViewProps {
  status: TabStatus;
  siteEnabled: boolean;
  onAnnotate: () => void;
  onScroll: (entryId: string) => void;
  onScrollHighlight: (id: string) => void;
  onReattach: (id: string) => void;
  actions: PopupActions;
  onToggleSite: (enabled: boolean) => void;
}

function StatusView(props: StatusViewProps) {
  const { status, siteEnabled, onAnnotate, onScroll, onToggleSite } = props;
  const total = status.terms.reduce((sum, t) => sum + t.count, 0);
  const heading = pageHeading(status);
  return (
    <section>
      {status.state === 'ready' ? (
        <p class="state" data-state="ready">
          {status.scope === 'page' ? 'Whole page annotated' : 'Article found'}
          {heading ? ': ' : ''}
          {heading ? <span class="page-heading">{heading}</span> : null}
        </p>
      ) : null}
      {status.state === 'no-article' ? (
        <div class="state" data-state="no-article">
          <p>{sentenceFor('no-article')}</p>
          <button type="button" onClick={onAnnotate}>
            Annotate the whole page anyway
          </button>
        </div>
      ) : null}
      {status.state === 'off' ? (
        <p class="state" data-state="off">
          Switched off for {status.host}.
        </p>
      ) : null}
      {status.state === 'ready' ? (
        status.terms.length === 0 ? (
          <p>This article names no organization from the glossary.</p>
        ) : (
          <>
            <h2>
              Organizations named ({status.terms.length}, {total}{' '}
              {total === 1 ? 'mention' : 'mentions'})
            </h2>
            <ul class="terms">
              {status.terms.map((term) => (
                <li key={term.id}>
                  <button
                    type="button"
                    class="term"
                    data-term={term.id}
                    onClick={() => onScroll(term.id)}
                  >
                    <span class="term-name">
                      {term.name}
                      {term.acronym ? ` (${term.acronym})` : ''}
                    </span>
                    <span class="term-count" aria-label={`${term.count} mentions`}>
                      {term.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      <PageHighlights
        highlights={status.highlights}
        onScroll={props.onScrollHighlight}
        onReattach={props.onReattach}
      />
      {status.highlights.length > 0 ? (
        <ExportArticle
          exportMarkdown={props.actions.exportMarkdown}
          download={props.actions.download}
          copy={props.actions.copy}
          describeProblem={props.actions.describeProblem}
        />
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          checked={siteEnabled}
          onChange={(event) => onToggleSite((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Mark organizations on {status.host}
      </label>
    </section>
  );
}
