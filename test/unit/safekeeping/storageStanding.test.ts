// Asking the browser to keep the data, and reading how it keeps it, from an extension page.
import { describe, expect, it, vi } from 'vitest';
import { askToKeep } from '../../../lib/safekeeping/storageStanding';

const permissions = (granted: string[]) => ({
  contains: vi.fn(async ({ permissions }: { permissions: string[] }) =>
    permissions.every((p) => granted.includes(p)),
  ),
});

describe('asking the browser to keep the data', () => {
  it('asks for persistence when the storage is not persistent yet, and reports the answer', async () => {
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => true),
      estimate: vi.fn(async () => ({ usage: 2048, quota: 1e9 })),
    };
    expect(await askToKeep(storage, permissions([]))).toEqual({
      persisted: true,
      unlimited: false,
      usage: 2048,
    });
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is already persistent', async () => {
    const storage = { persisted: async () => true, persist: vi.fn(async () => true) };
    expect((await askToKeep(storage, permissions([]))).persisted).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('a refusal (as Chrome answers extensions) with unlimitedStorage held', async () => {
    const storage = { persisted: async () => false, persist: async () => false };
    expect(await askToKeep(storage, permissions(['storage', 'unlimitedStorage']))).toEqual({
      persisted: false,
      unlimited: true,
      usage: null,
    });
  });

  it('a browser without the storage API: it cannot say', async () => {
    expect(await askToKeep(undefined, undefined)).toEqual({
      persisted: null,
      unlimited: false,
      usage: null,
    });
  });

  it('APIs that fail read as not kept, and the usage as unknown', async () => {
    const storage = {
      persisted: async () => Promise.reject(new Error('no')),
      persist: async () => Promise.reject(new Error('no')),
      estimate: async () => Promise.reject(new Error('no')),
    };
    const failing = { contains: async () => Promise.reject(new Error('no')) };
    expect(await askToKeep(storage, failing)).toEqual({
      persisted: false,
      unlimited: false,
      usage: null,
    });
  });
});
