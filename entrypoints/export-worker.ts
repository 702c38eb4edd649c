// Export worker (export-worker.js): answers the pages' requests for the Markdown of everything
// off their main thread (see components/data/exportOffThread.ts). Wiring only.

import {
  answerExportRequest,
  type ExportRequest,
  type WarmRequest,
} from '../components/data/exportOffThread';
import { GlossDatabase } from '../lib/db/schema';

export default defineUnlistedScript(() => {
  const databases = new Map<string, GlossDatabase>();
  self.addEventListener('message', (event: MessageEvent<ExportRequest | WarmRequest>) => {
    const name = event.data.database;
    let db = databases.get(name);
    if (!db) databases.set(name, (db = new GlossDatabase(name)));
    if ('warm' in event.data) {
      // Opened ahead of an export. Should that fail, the export opens a new one and answers.
      const opening = db;
      void opening.open().catch(() => {
        if (databases.get(name) === opening) databases.delete(name);
      });
      return;
    }
    void answerExportRequest(db, event.data).then((reply) => {
      const content = reply.ok ? reply.file.content : null;
      const transfer = content instanceof Uint8Array ? [content.buffer] : [];
      self.postMessage(reply, { transfer });
    });
  });
});
