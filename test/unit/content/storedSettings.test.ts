// How the page follows the reader's settings: only the local area, only the watched keys, in the
// order the features need them, and not at all once the content script is gone.
import { describe, expect, it } from 'vitest';
import { watchStoredSettings, type SettingsStorage } from '../../../lib/content/storedSettings';

function fakeStorage() {
  const listeners = new Set<Parameters<SettingsStorage['onChanged']['addListener']>[0]>();
  const storage: SettingsStorage = {
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
  };
  const change = (changes: Record<string, { newValue?: unknown }>, area = 'local') => {
    for (const listener of listeners) listener(changes, area);
  };
  return { storage, listeners, change };
}

describe('following stored settings', () => {
  it('hands each watched key its new value, in the order the handlers were given', () => {
    const { storage, change } = fakeStorage();
    const seen: string[] = [];
    watchStoredSettings(storage, new AbortController().signal, {
      density: (v) => seen.push(`density ${String(v)}`),
      cards: (v) => seen.push(`cards ${JSON.stringify(v)}`),
    });
    change({ cards: { newValue: { enabled: false } }, density: { newValue: 'first' } });
    expect(seen).toEqual(['density first', 'cards {"enabled":false}']);
  });

  it('gives a removed key as undefined, so its reader falls back to the default', () => {
    const { storage, change } = fakeStorage();
    const seen: unknown[] = [];
    watchStoredSettings(storage, new AbortController().signal, { density: (v) => seen.push(v) });
    change({ density: {} });
    expect(seen).toEqual([undefined]);
  });

  it('ignores other keys and other storage areas', () => {
    const { storage, change } = fakeStorage();
    const seen: unknown[] = [];
    watchStoredSettings(storage, new AbortController().signal, { density: (v) => seen.push(v) });
    change({ lastBackup: { newValue: 1 } });
    change({ density: { newValue: 'every' } }, 'sync');
    expect(seen).toEqual([]);
  });

  it('stops when the content script is invalidated', () => {
    const { storage, listeners, change } = fakeStorage();
    const controller = new AbortController();
    const seen: unknown[] = [];
    watchStoredSettings(storage, controller.signal, { density: (v) => seen.push(v) });
    controller.abort();
    change({ density: { newValue: 'every' } });
    expect(seen).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});
