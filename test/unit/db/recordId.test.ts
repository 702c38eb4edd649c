import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../lib/db/recordId';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newRecordId', () => {
  it('is a version 4 UUID, as crypto.randomUUID gives', () => {
    for (let i = 0; i < 200; i++) expect(newRecordId()).toMatch(UUID_V4);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(newRecordId((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newRecordId((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('keeps the random bytes in order', () => {
    const id = newRecordId((b) => b.map((_, i) => i));
    expect(id).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId()));
    expect(ids.size).toBe(1000);
  });
});
