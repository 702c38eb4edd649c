// The Markdown export of everything, run in a worker of the extension's own (export-worker.js)
// rather than on the page's main thread. Why: in Chromium the extension's pages share one busy
// main thread, where writing 10,000 highlights took 180–350 ms, mostly collecting garbage; in a
// worker the same writing takes about 110 ms, and the page stays responsive meanwhile. The worker
// reads the database itself (same origin); the page sends only what it cannot read there: the
// reader's colour names and own glossary entries, from extension storage.

import type { GlossDatabase } from '../../lib/db/schema';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { readColorNames } from '../../lib/highlights/colorNames';
import { exportEverything, type MadeFile, type MarkdownShape } from './takeAwayActions';

/** What the page asks the worker for: plain data only (it crosses threads). */
export interface ExportRequest {
  id: number;
  /** The database the page uses (its name); the worker opens the same one. */
  database: string;
  shape: MarkdownShape;
  now: number;
  /** As stored: the reader's colour names, and their own glossary entries. */
  storedColorNames: unknown;
  storedUserEntries: unknown;
}

/** What the page asks when the reader seems about to export: start, and open the database. */
export interface WarmRequest {
  warm: true;
  database: string;
}

export type ExportReply =
  | { id: number; ok: true; file: MadeFile; articles: number }
  | { id: number; ok: false; message: string };

/** Carries out one export request on `db`; never throws (a failure is a reply with its message). */
export async function answerExportRequest(
  db: GlossDatabase,
  request: ExportRequest,
): Promise<ExportReply> {
  try {
    const { file, articles } = await exportEverything(db, request.shape, {
      now: request.now,
      colorNames: readColorNames(request.storedColorNames),
      lookupEntry: entryLabelLookup(request.storedUserEntries),
    });
    return { id: request.id, ok: true, file, articles };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

let worker: Worker | null = null;
let lastId = 0;
/** The databases the worker was asked to open ahead of an export. */
const warmed = new Set<string>();

/** The worker, started on first use and kept for the page's life; null where none can start. */
function exportWorker(workerUrl: string): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(workerUrl);
    // The worker's script failed to load or crashed: forget it (an export then starts another,
    // or runs in the page).
    started.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === started) worker = null;
      warmed.clear();
      started.terminate();
    });
    return (worker = started);
  } catch {
    return null;
  }
}

/**
 * Starts the worker and has it open the database as the reader moves to "Your data", so that the
 * export they are about to ask for waits for neither (see `npm run bench`, the first export).
 * Once per database; nothing where no worker can start.
 */
export function warmExportWorker(workerUrl: string, database: string): void {
  if (warmed.has(database)) return;
  const started = exportWorker(workerUrl);
  if (!started) return;
  warmed.add(database);
  started.postMessage({ warm: true, database } satisfies WarmRequest);
}

/**
 * Exports through the worker (started on first use and kept for the page's life). Should the
 * worker not start (no Worker here, the script missing), the export runs in the page instead,
 * through the same function, so the reader gets the file either way.
 */
export function exportOffThread(
  workerUrl: string,
  db: GlossDatabase,
  request: Omit<ExportRequest, 'id' | 'database'>,
): Promise<{ file: MadeFile; articles: number }> {
  const asked: ExportRequest = { ...request, id: ++lastId, database: db.name };
  const inPage = async () => {
    const reply = await answerExportRequest(db, asked);
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  const running = exportWorker(workerUrl);
  if (!running) return inPage();
  return new Promise((resolve, reject) => {
    const done = () => {
      running.removeEventListener('message', onMessage);
      running.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ExportReply>) => {
      if (event.data?.id !== asked.id) return;
      done();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    // The worker's script failed to load or crashed (exportWorker drops it): export in the page.
    const onError = () => {
      done();
      inPage().then(resolve, reject);
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', onError);
    running.postMessage(asked);
  });
}
