// What "Your data" shows about keeping the data, kept up to date: how the browser keeps it (asked
// once, as it opens), the last backup (from extension storage, followed as other pages record
// one) and how the database stands against that backup (followed as highlights are saved). The
// page's APIs are passed in; the view subscribes and reads `current()`.

import type { SavedWork } from '../db/savedWork';
import { readLastBackup, type LastBackup } from './lastBackup';
import type { StorageStanding } from './storageStanding';

export interface SafekeepingApis {
  /** Asks the browser to keep the data and says how it does (lib/safekeeping/storageStanding). */
  askToKeep: () => Promise<StorageStanding>;
  /** The bytes used now, or null. */
  usage: () => Promise<number | null>;
  /** The last backup as stored (any value; it is read with readLastBackup). */
  loadLastBackup: () => Promise<unknown>;
  saveLastBackup: (last: LastBackup) => Promise<void>;
  /** Calls `onChange` with the stored value each time another page (or this one) changes it. */
  watchLastBackup: (onChange: (stored: unknown) => void) => () => void;
  /** Sends the saved work against a backup made at `since`, now and after each change. */
  watchWork: (
    since: number | null,
    onData: (work: SavedWork) => void,
    onError: (error: unknown) => void,
  ) => () => void;
}

export interface SafekeepingState {
  storage: StorageStanding;
  lastBackup: LastBackup | null;
  work: SavedWork;
}

export interface Safekeeping {
  /** Everything known, or null until all of it is (or when the database could not be read). */
  current: () => SafekeepingState | null;
  subscribe: (listener: () => void) => () => void;
  /** Settles once the first state is known or cannot be: a page may wait for it before drawing. */
  ready: Promise<void>;
  /** Stores a backup just downloaded (its time and how many highlights and notes it held). */
  recordBackup: (last: LastBackup) => Promise<void>;
  stop: () => void;
}

export function safekeeping(apis: SafekeepingApis): Safekeeping {
  let storage: StorageStanding | null = null;
  let lastBackup: LastBackup | null | undefined; // undefined: not loaded yet
  let work: SavedWork | null = null;
  let stopWork: (() => void) | null = null;
  let stopped = false;
  const listeners = new Set<() => void>();
  let settle: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (settle = resolve));

  const current = (): SafekeepingState | null =>
    storage !== null && lastBackup !== undefined && work !== null
      ? { storage, lastBackup, work }
      : null;
  const emit = () => {
    if (current() !== null) settle();
    for (const listener of listeners) listener();
  };
  /** The work against `lastBackup`; the previous watch's answers, about another backup, are dropped. */
  const watchWork = () => {
    stopWork?.();
    work = null;
    const since = lastBackup?.at ?? null;
    let live = true;
    const stop = apis.watchWork(
      since,
      (next) => {
        if (!live) return;
        work = next;
        emit();
        // The space used grows with what is saved.
        void apis.usage().then((usage) => {
          if (live && storage !== null && usage !== storage.usage) {
            storage = { ...storage, usage };
            emit();
          }
        });
      },
      () => {
        if (!live) return;
        work = null;
        settle();
        emit();
      },
    );
    stopWork = () => {
      live = false;
      stop();
    };
  };
  const takeLastBackup = (stored: unknown) => {
    const next = readLastBackup(stored);
    if (
      lastBackup !== undefined &&
      next?.at === lastBackup?.at &&
      next?.count === lastBackup?.count
    )
      return;
    lastBackup = next;
    if (!stopped) watchWork();
    emit();
  };

  const stopWatchingBackup = apis.watchLastBackup(takeLastBackup);
  void Promise.all([apis.askToKeep(), apis.loadLastBackup().catch(() => undefined)]).then(
    ([standing, stored]) => {
      storage = standing;
      if (lastBackup === undefined) takeLastBackup(stored);
      else emit();
    },
    settle,
  );

  return {
    current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    async recordBackup(last) {
      await apis.saveLastBackup(last);
      takeLastBackup(last);
    },
    stop() {
      stopped = true;
      stopWatchingBackup();
      stopWork?.();
      listeners.clear();
    },
  };
}
