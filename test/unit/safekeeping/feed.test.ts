// What "Your data" is told about keeping the data, kept up to date: nothing until the storage, the
// last backup and the saved work are all known; a backup recorded here or on another page makes
// the work be read again against it; what the previous read says afterwards is not shown.
import { describe, expect, it, vi } from 'vitest';
import type { SavedWork } from '../../../lib/db/savedWork';
import { safekeeping, type SafekeepingApis } from '../../../lib/safekeeping/feed';

const KEPT = { persisted: false, unlimited: true, usage: 1000 };

function fakeApis(stored: unknown = undefined) {
  const works: { since: number | null; send: (w: SavedWork) => void; stopped: boolean }[] = [];
  let backupListener: ((stored: unknown) => void) | null = null;
  const apis: SafekeepingApis = {
    askToKeep: vi.fn(async () => KEPT),
    usage: vi.fn(async () => 1000),
    loadLastBackup: vi.fn(async () => stored),
    saveLastBackup: vi.fn(async () => undefined),
    watchLastBackup: (onChange) => {
      backupListener = onChange;
      return () => (backupListener = null);
    },
    watchWork: (since, onData) => {
      const watch = { since, send: onData, stopped: false };
      works.push(watch);
      return () => (watch.stopped = true);
    },
  };
  return { apis, works, storeFromElsewhere: (value: unknown) => backupListener?.(value) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('the safekeeping feed', () => {
  it('is empty until the storage, the last backup and the saved work are known, then ready', async () => {
    const fake = fakeApis({ at: 5, count: 2 });
    const feed = safekeeping(fake.apis);
    expect(feed.current()).toBeNull();
    await flush();
    expect(fake.works.map((w) => w.since)).toEqual([5]);
    expect(feed.current()).toBeNull();
    fake.works[0]!.send({ count: 3, changedSince: 1, firstSavedAt: 6 });
    await feed.ready;
    expect(feed.current()).toEqual({
      storage: KEPT,
      lastBackup: { at: 5, count: 2 },
      work: { count: 3, changedSince: 1, firstSavedAt: 6 },
    });
    expect(fake.apis.askToKeep).toHaveBeenCalledTimes(1);
  });

  it('with no backup stored, reads the work against none', async () => {
    const fake = fakeApis();
    safekeeping(fake.apis);
    await flush();
    expect(fake.works.map((w) => w.since)).toEqual([null]);
  });

  it('a backup recorded on another page: the work is read again against it', async () => {
    const fake = fakeApis();
    const feed = safekeeping(fake.apis);
    const heard = vi.fn();
    feed.subscribe(heard);
    await flush();
    fake.works[0]!.send({ count: 3, changedSince: 3, firstSavedAt: 1 });
    fake.storeFromElsewhere({ at: 10, count: 3 });
    expect(fake.works[0]!.stopped).toBe(true);
    expect(fake.works[1]!.since).toBe(10);
    // A late answer from the first read, about no backup, is not shown.
    fake.works[0]!.send({ count: 3, changedSince: 3, firstSavedAt: 1 });
    expect(feed.current()).toBeNull();
    fake.works[1]!.send({ count: 3, changedSince: 0, firstSavedAt: null });
    expect(feed.current()?.lastBackup).toEqual({ at: 10, count: 3 });
    expect(feed.current()?.work.changedSince).toBe(0);
    expect(heard).toHaveBeenCalled();
  });

  it('recording a backup stores it, and the state follows without waiting to hear it back', async () => {
    const fake = fakeApis();
    const feed = safekeeping(fake.apis);
    await flush();
    await feed.recordBackup({ at: 20, count: 4 });
    expect(fake.apis.saveLastBackup).toHaveBeenCalledWith({ at: 20, count: 4 });
    expect(fake.works.at(-1)!.since).toBe(20);
  });

  it('a database that cannot be read: ready all the same, with nothing to show', async () => {
    const fake = fakeApis();
    fake.apis.watchWork = (_since, _onData, onError) => {
      onError(new Error('closed'));
      return () => undefined;
    };
    const feed = safekeeping(fake.apis);
    await feed.ready;
    expect(feed.current()).toBeNull();
  });
});
