// When the reader last downloaded a backup, and how many highlights and notes it held. Kept in
// extension storage (storage.local), not in the database: it is a fact about the reader's copies,
// not part of their data, so a backup does not carry it and an import does not overwrite it; it
// needs no schema version; every open page hears of a new one (storage.onChanged); and in Chrome,
// where storage.local is not web storage, it outlives the database should that ever be lost, so
// the reader still learns the date of the file to import. Pure helpers over the stored value.

export const LAST_BACKUP_KEY = 'lastBackup';

export interface LastBackup {
  /** When the backup was downloaded (ms since epoch). */
  at: number;
  /** How many highlights and notes on organizations it held. */
  count: number;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** The last backup as stored, or null when there is none (or what is stored cannot be read). */
export function readLastBackup(stored: unknown): LastBackup | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { at, count } = stored as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isFinite(at) || !isCount(count)) return null;
  return { at, count };
}
