// "Your data": take everything out of the browser and bring it back. Markdown of every highlight
// and note (one document, or a zip of one file per article), the JSON backup, and importing a
// backup. Self-contained: give it the database; the options page and the notes page mount it.

import { useEffect, useState } from 'preact/hooks';
import type { GlossDatabase } from '../../lib/db/schema';
import type { Safekeeping as SafekeepingFeed } from '../../lib/safekeeping/feed';
import type { MarkdownOptions } from '../../lib/export/types';
import { downloadFile } from './download';
import { ExportMarkdown } from './ExportMarkdown';
import { ImportBackup } from './ImportBackup';
import { Safekeeping } from './Safekeeping';
import {
  exportEverything,
  importBackupFile,
  makeBackup,
  type MadeFile,
  type MarkdownShape,
} from './takeAwayActions';
import './takeaway.css';

export interface TakeAwayProps {
  db: GlossDatabase;
  /**
   * The reader's colour names and glossary lookup (with their own entries) for the Markdown, read
   * at each export; the defaults and the built-in glossary when left out.
   */
  loadNames?: () => Promise<Pick<MarkdownOptions, 'colorNames' | 'lookupEntry'>>;
  /**
   * Writes the Markdown of everything somewhere other than this page's main thread (the pages
   * pass takeAwayWiring's, which uses a worker); in the page with `loadNames` when left out.
   */
  exportMarkdown?: (
    shape: MarkdownShape,
    now: number,
  ) => Promise<{ file: MadeFile; articles: number }>;
  /**
   * Called when the pointer enters "Your data" or focus moves into it: the reader may be about to
   * export (the pages start the export worker then).
   */
  onIntent?: () => void;
  /** Called after an import changed the database, so a list on the same page can refresh. */
  onImported?: () => void;
  /**
   * How the data is kept and when the last backup was made (lib/safekeeping/feed.ts); each backup
   * downloaded is recorded there. Without it, neither is shown nor recorded.
   */
  safekeeping?: SafekeepingFeed;
  /** The clock, for tests; Date.now by default. */
  now?: () => number;
}

const problem = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The feed's state now and after each change. */
function useSafekeeping(feed: SafekeepingFeed | undefined) {
  const [state, setState] = useState(() => feed?.current() ?? null);
  useEffect(() => {
    if (!feed) return;
    setState(feed.current());
    return feed.subscribe(() => setState(feed.current()));
  }, [feed]);
  return state;
}

export function TakeAway({
  db,
  loadNames,
  exportMarkdown,
  onIntent,
  onImported,
  safekeeping,
  now = Date.now,
}: TakeAwayProps) {
  const [backupStatus, setBackupStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const keeping = useSafekeeping(safekeeping);

  const downloadBackup = async () => {
    setBusy(true);
    setBackupStatus('Preparing the backup…');
    try {
      const at = now();
      const { file, annotations } = await makeBackup(db, at);
      downloadFile(file.content, file.name, file.type);
      const made = `Downloaded ${file.name} (${annotations.toLocaleString('en-US')} highlights and notes).`;
      setBackupStatus(made);
      // Recorded as the file is handed to the browser: whether the reader then keeps it, the
      // page cannot tell.
      await safekeeping?.recordBackup({ at, count: annotations }).catch(() => {
        setBackupStatus(`${made} Its date could not be recorded here.`);
      });
    } catch (error) {
      setBackupStatus(`No backup was made: ${problem(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      class="takeaway"
      aria-labelledby="takeaway-heading"
      onPointerEnter={onIntent}
      onFocusIn={onIntent}
    >
      <h2 id="takeaway-heading">Your data</h2>
      <p class="takeaway-intro">
        Your highlights and notes live only in this browser. Take them out as Markdown for your
        notes app, or keep a backup you can import here or in another browser.
      </p>
      {keeping !== null ? (
        <Safekeeping
          state={keeping}
          now={now()}
          busy={busy}
          onBackup={() => void downloadBackup()}
        />
      ) : null}
      <ExportMarkdown
        run={async (shape) => {
          const { file, articles } = exportMarkdown
            ? await exportMarkdown(shape, now())
            : await exportEverything(db, shape, {
                ...(loadNames ? await loadNames() : {}),
                now: now(),
              });
          downloadFile(file.content, file.name, file.type);
          return `Downloaded ${file.name} (${articles.toLocaleString('en-US')} ${articles === 1 ? 'article' : 'articles'}).`;
        }}
      />
      <div class="takeaway-part">
        <h3>Backup</h3>
        <p>
          A JSON file in the W3C Web Annotation format with every highlight, note, tag and page.
        </p>
        <button
          type="button"
          data-action="download-backup"
          disabled={busy}
          onClick={() => void downloadBackup()}
        >
          Download backup
        </button>
        <p role="status" class="takeaway-status" data-status="backup">
          {backupStatus}
        </p>
      </div>
      <ImportBackup
        importFile={async (file) => {
          const outcome = await importBackupFile(db, file);
          if (outcome.ok) onImported?.();
          return outcome;
        }}
      />
    </section>
  );
}
