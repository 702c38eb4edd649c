// Importing a backup: a file input (or a file dropped on the area), then a summary of what the
// merge did or a message saying what is wrong with the file. Nothing is deleted by an import.

import { useState } from 'preact/hooks';
import type { ImportOutcome } from './takeAwayActions';

export interface ImportBackupProps {
  importFile: (file: File) => Promise<ImportOutcome>;
}

type Shown = { kind: 'none' | 'working' | 'done' | 'error'; text: string };

export function ImportBackup({ importFile }: ImportBackupProps) {
  const [shown, setShown] = useState<Shown>({ kind: 'none', text: '' });
  const [over, setOver] = useState(false);
  const busy = shown.kind === 'working';

  const start = async (file: File | undefined) => {
    if (!file || busy) return;
    setShown({ kind: 'working', text: `Importing ${file.name}…` });
    try {
      const outcome = await importFile(file);
      setShown({ kind: outcome.ok ? 'done' : 'error', text: outcome.message });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setShown({ kind: 'error', text: `${file.name} was not imported: ${detail}` });
    }
  };

  return (
    <div
      class="takeaway-part takeaway-drop"
      data-over={over ? 'true' : undefined}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void start(event.dataTransfer?.files[0]);
      }}
    >
      <h3>Import a backup</h3>
      <p>
        Adds what the backup has and this browser does not, and updates what it holds a newer
        version of. Nothing here is deleted. A file with any problem is not imported at all; an item
        dated in the future is left out, and named.
      </p>
      <label>
        Backup file (.json), or drop it here:{' '}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          data-action="import-backup"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            void start(input.files?.[0]).finally(() => {
              input.value = ''; // choosing the same file again imports it again
            });
          }}
        />
      </label>
      <p
        role={shown.kind === 'error' ? 'alert' : 'status'}
        class="takeaway-status"
        data-status="import"
        data-kind={shown.kind}
      >
        {shown.text}
      </p>
    </div>
  );
}
