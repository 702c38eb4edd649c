// The notes page's order: every highlight and every note on an organization, filed under its FSJ
// issue and page (pages outside an issue under "Other pages"), newest first at every level, and
// cut to the number of items drawn without losing the headings.
import { describe, expect, it } from 'vitest';
import {
  countItems,
  firstItems,
  groupItems,
  OTHER_PAGES_LABEL,
  pageLabel,
} from '../../../lib/notes/grouping';
import { issueKey, toItems } from '../../../lib/notes/items';
import { ARTICLE, MARCH_28, NOW, sampleData } from './notesFixtures';

const items = () => toItems(sampleData(), NOW);

/** Each issue's label, its pages' urls' last part, and the keys under each page. */
function outline(groups: ReturnType<typeof groupItems>) {
  return groups.map((issue) => ({
    issue: issue.label,
    pages: issue.pages.map((p) => [p.page.url.split('/').pop(), p.items.map((i) => i.key)]),
  }));
}

describe('toItems', () => {
  it('makes one item per highlight and per note on an organization, joined to its page', () => {
    const all = items();
    expect(all.map((i) => i.key).sort()).toEqual(
      ['h:art', 'h:d17', 'h:m28a', 'h:m28b', 'h:m30', 'n:iom1', 'n:unhcr1'].sort(),
    );
    const note = all.find((i) => i.key === 'n:iom1')!;
    expect(note.page).toBe(MARCH_28);
    expect(note.entryIds).toEqual(['iom']);
    expect(note.color).toBeNull();
  });

  it('files a note written on a page with no record under the issue its address names', () => {
    const orphanPage = items().find((i) => i.key === 'n:unhcr1')!.page;
    expect(orphanPage.issue).toMatchObject({ code: '0313', year: 2013, month: 3 });
    expect(orphanPage.pageNumber).toBe(40);
    expect(issueKey(orphanPage)).toBe('0313');
  });
});

describe('groupItems', () => {
  it('groups by issue then page, newest first at every level', () => {
    expect(outline(groupItems(items()))).toEqual([
      { issue: 'FSJ December 2008', pages: [['page17.html', ['h:d17']]] },
      {
        issue: 'FSJ March 2013',
        pages: [
          ['page28.html', ['h:m28b', 'n:iom1', 'h:m28a']],
          ['page30.html', ['h:m30']],
          ['page40.html', ['n:unhcr1']],
        ],
      },
      { issue: OTHER_PAGES_LABEL, pages: [['some-article', ['h:art']]] },
    ]);
  });

  it('orders by when an item was made, so editing one does not move it', () => {
    const all = items();
    const edited = all.map((i) => (i.key === 'h:m28a' ? { ...i, updatedAt: NOW } : i));
    expect(outline(groupItems(edited))).toEqual(outline(groupItems(all)));
  });

  it('is empty for no items', () => {
    expect(groupItems([])).toEqual([]);
  });
});

describe('pageLabel', () => {
  it('names an FSJ page by number and title (once), and any other page by title', () => {
    expect(pageLabel(MARCH_28)).toBe('Page 28 · Migration');
    expect(pageLabel({ ...MARCH_28, title: 'Page 28 - The Foreign Service Journal' })).toBe(
      'Page 28 - The Foreign Service Journal',
    );
    expect(pageLabel(ARTICLE)).toBe('An article');
    expect(pageLabel({ ...ARTICLE, title: '' })).toBe(ARTICLE.url);
  });
});

describe('firstItems', () => {
  const groups = groupItems(items());

  it('keeps the first items in order, with the headings of the groups they are in', () => {
    const cut = firstItems(groups, 3);
    expect(countItems(cut)).toBe(3);
    expect(outline(cut)).toEqual([
      { issue: 'FSJ December 2008', pages: [['page17.html', ['h:d17']]] },
      { issue: 'FSJ March 2013', pages: [['page28.html', ['h:m28b', 'n:iom1']]] },
    ]);
  });

  it('returns everything when the limit is larger, without copying', () => {
    const all = firstItems(groups, 1000);
    expect(countItems(all)).toBe(countItems(groups));
    all.forEach((issue, i) => expect(issue).toBe(groups[i]));
  });

  it('leaves the groups it cut from unchanged', () => {
    firstItems(groups, 2);
    expect(countItems(groups)).toBe(7);
  });
});
