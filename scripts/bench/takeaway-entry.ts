// The take-away bench's in-page half, bundled on its own (see takeaway.ts) and run in the
// extension's options page, so IndexedDB is Chromium's real one in the extension's origin. It
// times the same functions the "Your data" section calls, with performance.now, so no driver round
// trip counts. Its databases have names of their own: the extension's data is never touched.
// Exposes `window.fsjTakeawayBench`.

import Dexie from 'dexie';
import {
  exportEverything,
  importBackupFile,
  makeBackup,
  type MarkdownShape,
} from '../../components/data/takeAwayActions';
import { exportOffThread, warmExportWorker } from '../../components/data/exportOffThread';
import { importBackup } from '../../lib/db/importBackup';
import { groupByPage } from '../../lib/db/pageHighlights';
import { GlossDatabase } from '../../lib/db/schema';
import type { BackupData } from '../../lib/export/backupFormat';
import { readBackup } from '../../lib/export/backupRead';
import { articlesFromRecords } from '../../lib/export/everything';
import { toMarkdownCollection } from '../../lib/export/markdown';

const NOW = Date.UTC(2026, 10, 27, 8, 0);
let data: BackupData = { pages: [], highlights: [], termNotes: [] };
let backup = '';

const open = async (name: string) => {
  const db = new GlossDatabase(name);
  await db.open();
  return db;
};

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

const api = {
  /** Keeps the records to work on, outside anything timed. */
  load(records: BackupData): number {
    data = records;
    return data.highlights.length;
  },

  /** Empties `name` and writes the loaded records into it (not timed: the starting state). */
  async fill(name: string): Promise<void> {
    await Dexie.delete(name);
    const db = await open(name);
    await db.transaction('rw', db.pages, db.pageHighlights, db.termNotes, async () => {
      await db.pages.bulkPut(data.pages);
      await db.pageHighlights.bulkPut(groupByPage(data.highlights));
      await db.termNotes.bulkPut(data.termNotes);
    });
    db.close();
  },

  /** The Markdown of everything from records in memory: the writer alone. */
  markdownInMemory(): { ms: number; chars: number } {
    const t0 = performance.now();
    const articles = articlesFromRecords(data.pages, data.highlights);
    const markdown = toMarkdownCollection(articles, {
      now: () => NOW,
      termNotes: data.termNotes,
    });
    return { ms: performance.now() - t0, chars: markdown.length };
  },

  /**
   * The export as the button runs it: in the built extension's export worker, which reads the
   * database and writes the Markdown (or the zip); the file comes back to the page.
   */
  async exportFromDatabase(name: string, shape: MarkdownShape) {
    const db = await open(name);
    try {
      const worker = new URL('/export-worker.js', location.href).href;
      const { ms, value } = await timed(() =>
        exportOffThread(worker, db, {
          shape,
          now: NOW,
          storedColorNames: undefined,
          storedUserEntries: undefined,
        }),
      );
      return { ms, bytes: value.file.content.length, articles: value.articles };
    } finally {
      db.close();
    }
  },

  /** What "Your data" does when the pointer reaches it: the export worker starts, opens `name`. */
  warmExport(name: string) {
    warmExportWorker(new URL('/export-worker.js', location.href).href, name);
  },

  /** The same export on the page's main thread, for comparison. */
  async exportOnMainThread(name: string, shape: MarkdownShape) {
    const db = await open(name);
    try {
      const { ms, value } = await timed(() => exportEverything(db, shape, { now: NOW }));
      return { ms, bytes: value.file.content.length, articles: value.articles };
    } finally {
      db.close();
    }
  },

  /** The backup as the button makes it; the text is kept for the imports. */
  async backupFromDatabase(name: string) {
    const db = await open(name);
    try {
      const { ms, value } = await timed(() => makeBackup(db, NOW));
      backup = value.file.content as string;
      return { ms, chars: backup.length, annotations: value.annotations };
    } finally {
      db.close();
    }
  },

  /**
   * Imports the kept backup into `name` (emptied first unless `keep`): reading the file's text,
   * checking it, merging it. Returns the whole time and its two parts.
   */
  async importBackup(name: string, keep: boolean) {
    if (!keep) await Dexie.delete(name);
    const db = await open(name);
    try {
      const file = new File([backup], 'bench-backup.json', { type: 'application/json' });
      const whole = await timed(() => importBackupFile(db, file));
      if (!whole.value.ok) throw new Error(whole.value.message);
      // The two parts, timed again on their own into a second, empty database.
      await Dexie.delete(`${name}-parts`);
      const parts = await open(`${name}-parts`);
      const read = await timed(() => readBackup(backup));
      if (!read.value.ok) throw new Error(read.value.error);
      const records = read.value.data;
      const merge = await timed(() => importBackup(parts, records));
      parts.close();
      await Dexie.delete(`${name}-parts`);
      return { ms: whole.ms, readMs: read.ms, mergeMs: merge.ms, message: whole.value.message };
    } finally {
      db.close();
    }
  },

  async remove(name: string): Promise<void> {
    await Dexie.delete(name);
  },
};

export type TakeawayBenchApi = typeof api;

(window as unknown as { fsjTakeawayBench: TakeawayBenchApi }).fsjTakeawayBench = api;
