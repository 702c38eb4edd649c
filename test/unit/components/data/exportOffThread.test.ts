// The export of everything as the pages ask the export worker for it: the request carries only
// plain data (the stored colour names and the reader's own entries), the answer is the same file
// the page would have written, a failure comes back as a message, and where no worker can run
// the page writes the file itself. The worker can be started, and the database opened, ahead of
// an export, when the reader moves to "Your data".
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerExportRequest,
  exportOffThread,
  type ExportRequest,
} from '../../../../components/data/exportOffThread';
import { exportEverything } from '../../../../components/data/takeAwayActions';
import { entryLabelLookup } from '../../../../lib/glossary/cardEntries';
import { makeHighlight, makePage, openGloss, putHighlights } from '../../db/testDb';
import { COLOR_NAMES, NOW } from '../../export/exportFixtures';

const OWN_ENTRY = {
  id: 'user-icmpd',
  name: 'International Centre for Migration Policy Development',
  acronyms: ['ICMPD'],
  aliases: [],
  summary: 'Advises states on migration policy.',
  createdAt: 1,
  updatedAt: 1,
};

async function library() {
  const db = await openGloss();
  await db.pages.put(makePage());
  await putHighlights(db, [makeHighlight('h1', 0, { entryIds: ['iom', 'user-icmpd'] })]);
  return db;
}

/** What a page sends (exportOffThread adds the id and the database's name). */
const asked = (shape: ExportRequest['shape']) => ({
  shape,
  now: NOW,
  storedColorNames: COLOR_NAMES,
  storedUserEntries: [OWN_ENTRY],
});

const request = (db: { name: string }, shape: ExportRequest['shape']): ExportRequest => ({
  id: 7,
  database: db.name,
  shape,
  now: NOW,
  storedColorNames: COLOR_NAMES,
  storedUserEntries: [OWN_ENTRY],
});

describe('answering an export request', () => {
  it('writes what the page would, with the stored colour names and the reader’s own entries', async () => {
    const db = await library();
    const reply = await answerExportRequest(db, request(db, 'document'));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.id).toBe(7);
    expect(reply.articles).toBe(1);
    expect(reply.file.content).toContain('International Centre for Migration Policy Development');
    const inPage = await exportEverything(db, 'document', {
      now: NOW,
      colorNames: COLOR_NAMES,
      lookupEntry: entryLabelLookup([OWN_ENTRY]),
    });
    expect(reply.file).toEqual(inPage.file);
  });

  it('answers a failure with its message instead of throwing', async () => {
    const db = await library();
    db.close();
    const reply = await answerExportRequest(db, request(db, 'zip'));
    expect(reply).toMatchObject({ id: 7, ok: false, message: expect.any(String) });
  });
});

describe('exporting off the page’s thread', () => {
  it('writes the file in the page where no worker can run (as in Node here)', async () => {
    expect(typeof Worker).toBe('undefined');
    const db = await library();
    const { file, articles } = await exportOffThread('/export-worker.js', db, asked('document'));
    const direct = await answerExportRequest(db, request(db, 'document'));
    expect(articles).toBe(1);
    expect(direct.ok && file.content === direct.file.content).toBe(true);
  });

  it('rejects with the message of a failed export', async () => {
    const db = await library();
    db.close();
    await expect(exportOffThread('/export-worker.js', db, asked('document'))).rejects.toThrow();
  });
});

/** A worker that answers as export-worker.js does (in this thread), or fails to load. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  /** The database the worker reads, as export-worker.js opens it by name. */
  static db: Awaited<ReturnType<typeof library>> | null = null;
  static loads = true;
  readonly received: unknown[] = [];
  constructor(readonly url: string) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: ExportRequest | { warm: true; database: string }) {
    this.received.push(message);
    if (!FakeWorker.loads) {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
      return;
    }
    if ('warm' in message) return;
    void answerExportRequest(FakeWorker.db!, message).then((reply) =>
      this.dispatchEvent(new MessageEvent('message', { data: reply })),
    );
  }
  terminate() {}
}

describe('the export worker, started ahead of an export', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    FakeWorker.made = [];
    FakeWorker.loads = true;
  });

  /** The module afresh (it keeps its worker for the page's life), with Worker faked. */
  async function freshModule() {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    return import('../../../../components/data/exportOffThread');
  }

  it('starts once, opens the database once, and the export then uses that same worker', async () => {
    const db = await library();
    FakeWorker.db = db;
    const { warmExportWorker, exportOffThread: viaWorker } = await freshModule();
    warmExportWorker('/export-worker.js', db.name);
    warmExportWorker('/export-worker.js', db.name);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.received).toEqual([{ warm: true, database: db.name }]);
    const { file } = await viaWorker('/export-worker.js', db, asked('document'));
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.received).toHaveLength(2);
    expect(file.content).toContain('International Centre for Migration Policy Development');
  });

  it('drops a worker that fails to load; the export then starts another, or writes in the page', async () => {
    const db = await library();
    FakeWorker.db = db;
    FakeWorker.loads = false;
    const { warmExportWorker, exportOffThread: viaWorker } = await freshModule();
    warmExportWorker('/export-worker.js', db.name);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { file } = await viaWorker('/export-worker.js', db, asked('document'));
    // A second worker was tried, failed too, and the page wrote the file itself.
    expect(FakeWorker.made).toHaveLength(2);
    const direct = await answerExportRequest(db, request(db, 'document'));
    expect(direct.ok && file.content === direct.file.content).toBe(true);
    // Asked again later, it starts a worker again rather than keep a broken one.
    warmExportWorker('/export-worker.js', db.name);
    expect(FakeWorker.made).toHaveLength(3);
  });
});
