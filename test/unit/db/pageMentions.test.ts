// The bodies a page named, kept for the index of organizations: one record per page, counted by
// body in order of first mention, the latest marking replacing the one before.
import { describe, expect, it } from 'vitest';
import { loadPageMentions, pageMentions, recordPageMentions } from '../../../lib/db/pageMentions';
import { openGloss, PAGE_URL, T0 } from './testDb';

describe('pageMentions', () => {
  it('counts each body once per mention, in order of first mention', () => {
    const record = pageMentions(PAGE_URL, '  Page 28 -  FSJ ', ['iom', 'afsa', 'iom', 'iom'], T0);
    expect(record).toMatchObject({
      url: PAGE_URL,
      title: 'Page 28 - FSJ',
      entryIds: ['iom', 'afsa'],
      counts: [3, 1],
      seenAt: T0,
      pageNumber: 28,
    });
    expect(record?.issue).toMatchObject({ year: 2013, month: 3 });
  });

  it('keeps no record for a page that named no body', () => {
    expect(pageMentions(PAGE_URL, 'Page 28', [], T0)).toBeNull();
  });
});

describe('recordPageMentions', () => {
  it('keeps only the latest marking of a page, and lists the most recently marked first', async () => {
    const db = await openGloss();
    const other = 'https://www.afsa.org/migration-diplomacy-practice';
    await recordPageMentions(db, pageMentions(PAGE_URL, 'Page 28', ['iom'], T0));
    await recordPageMentions(db, pageMentions(other, 'Migration', ['unhcr'], T0 + 1));
    await recordPageMentions(db, pageMentions(PAGE_URL, 'Page 28', ['afsa', 'afsa'], T0 + 2));
    const all = await loadPageMentions(db);
    expect(all.map((r) => [r.url, r.entryIds, r.counts])).toEqual([
      [PAGE_URL, ['afsa'], [2]],
      [other, ['unhcr'], [1]],
    ]);
    db.close();
  });

  it('does nothing for a page that named no body, and never throws on a closed database', async () => {
    const db = await openGloss();
    await recordPageMentions(db, null);
    expect(await loadPageMentions(db)).toEqual([]);
    db.close();
    await expect(
      recordPageMentions(db, pageMentions(PAGE_URL, 'Page 28', ['iom'], T0)),
    ).resolves.toBeUndefined();
  });
});
