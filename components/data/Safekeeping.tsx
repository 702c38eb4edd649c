// "Your data"'s first part: whether the browser keeps the highlights and notes, how much space
// they take, when the last backup was made, and, when one is due, a reminder with a button that
// makes it. Props in, a callback out.

import { backupReminder, notInBackup } from '../../lib/safekeeping/backupReminder';
import type { SafekeepingState } from '../../lib/safekeeping/feed';
import {
  lastBackupWords,
  reminderWords,
  storageWords,
  usageWords,
} from '../../lib/safekeeping/words';

export interface SafekeepingProps {
  state: SafekeepingState;
  now: number;
  /** A backup is being made (the button waits). */
  busy: boolean;
  onBackup: () => void;
}

export function Safekeeping({ state, now, busy, onBackup }: SafekeepingProps) {
  const storage = storageWords(state.storage);
  const usage = usageWords(state.storage.usage);
  const reminder = backupReminder(now, state.lastBackup, state.work);
  const remind = reminderWords(reminder, state.lastBackup !== null, now);
  return (
    <div class="takeaway-part takeaway-keeping" data-part="safekeeping">
      <h3>Kept in this browser</h3>
      <p data-storage={storage.kind}>
        <strong>{storage.headline}</strong> {storage.detail}
      </p>
      {usage !== null ? <p data-usage>{usage}</p> : null}
      <p data-last-backup>
        {lastBackupWords(state.lastBackup, notInBackup(state.work, state.lastBackup), {
          dateOnly: reminder.due,
        })}
      </p>
      {remind !== null && reminder.due ? (
        <div class="takeaway-reminder" data-reminder={reminder.why}>
          <p>{remind}</p>
          <button
            type="button"
            class="primary"
            data-action="backup-now"
            disabled={busy}
            onClick={onBackup}
          >
            Download a backup now
          </button>
        </div>
      ) : null}
    </div>
  );
}
