// The Journal is not marked on its own pages (afsa.org and its subdomains) and is marked elsewhere.
import { describe, expect, it } from 'vitest';
import { selfNamedEntries, withoutSelfNaming } from '../../../lib/overlay/selfNaming';

const found = {
  occurrences: [
    { entryId: 'fsj', start: 0, end: 3 },
    { entryId: 'afsa', start: 10, end: 14 },
  ],
};

describe('withoutSelfNaming', () => {
  it('drops the Journal on afsa.org and www.afsa.org, keeping every other body', () => {
    for (const host of ['afsa.org', 'www.afsa.org']) {
      expect(withoutSelfNaming(found, host).occurrences.map((o) => o.entryId)).toEqual(['afsa']);
    }
  });

  it('keeps the Journal on other sites, even ones whose name ends in afsa.org', () => {
    expect(withoutSelfNaming(found, 'example.org')).toBe(found);
    expect(withoutSelfNaming(found, 'notafsa.org')).toBe(found);
    expect(selfNamedEntries('notafsa.org').size).toBe(0);
  });
});
