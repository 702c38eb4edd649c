// The export of everything as the pages ask the export worker for it: the request carries only
// plain data (the stored colour names and the reader's own entries), the answer is the same file
// the page would have written, a failure comes back as a message, and where no worker can run
// the page writes the file itself.
import { describe, expect, it } from 'vitest';
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
