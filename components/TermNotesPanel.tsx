// The reader's notes on an organization as the reader frame keeps them: read, added and deleted
// by the frame itself through the background (an extension page may see every note; a page's
// content script sees none), for the body `entryId`; a new note records the page it was made on.

import { useEffect, useState } from 'preact/hooks';
import type { TermNoteRecord } from '../lib/db/types';
import { newRecordId } from '../lib/db/recordId';
import type { StoreRequest } from '../lib/messaging/store';
import type { ReplyTo } from '../lib/messaging/storeClient';
import { TermNotes } from './TermNotes';

export interface TermNotesPanelProps {
  entryId: string;
  pageUrl: string;
  ask: <R extends StoreRequest>(request: R) => Promise<ReplyTo<R>>;
  now?: () => number;
}

export function TermNotesPanel({ entryId, pageUrl, ask, now = Date.now }: TermNotesPanelProps) {
  const [notes, setNotes] = useState<TermNoteRecord[] | null>(null);
  const [status, setStatus] = useState('');
  const refresh = async () => {
    const reply = await ask({ type: 'gloss:term-notes:list', entryId });
    if (reply.ok) setNotes(reply.value);
    else {
      setNotes([]);
      setStatus(`Your notes could not be read: ${reply.error.message}`);
    }
  };
  useEffect(() => {
    setNotes(null);
    void refresh();
  }, [entryId]);

  const add = async (text: string) => {
    const time = now();
    const note: TermNoteRecord = {
      id: newRecordId(),
      entryId,
      note: text,
      pageUrl,
      createdAt: time,
      updatedAt: time,
    };
    const reply = await ask({ type: 'gloss:term-notes:save', note });
    setStatus(reply.ok ? 'Note saved.' : `Note not saved: ${reply.error.message}`);
    await refresh();
  };
  const remove = async (id: string) => {
    const reply = await ask({ type: 'gloss:term-notes:delete', id });
    setStatus(reply.ok ? 'Note deleted.' : `Note not deleted: ${reply.error.message}`);
    await refresh();
  };

  return (
    <>
      <TermNotes notes={notes} onAdd={(t) => void add(t)} onDelete={(id) => void remove(id)} />
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
