// Edits made from a view the reader had open (a highlight's card, the notes page, in any tab): an
// edit changes only the fields the reader changed, and only while they still hold what the view
// started from. A field another tab changed meanwhile is never overwritten: the edit is refused as
// a conflict, with a sentence for the reader, and nothing at all is written.
import { describe, expect, it } from 'vitest';
import { updateHighlight, updateTermNote } from '../../../lib/db/edits';
import { handleStoreRequest, saveHighlight, saveTermNote } from '../../../lib/db/store';
import {
  freshIndexedDb,
  makeHighlight,
  makePage,
  makeTermNote,
  openGloss,
  PAGE_URL,
  storedHighlight,
  T0,
} from './testDb';

const MINUTE = 60_000;

/** Two tabs on one database, and a highlight both opened as `opened`. */
async function twoTabs() {
  const shared = freshIndexedDb();
  const tabA = await openGloss(shared);
  const tabB = await openGloss(shared);
  const opened = makeHighlight('h1', 0, { note: 'First thoughts', tags: ['iom'] });
  await saveHighlight(tabA, makePage(), opened);
  return { tabA, tabB, opened };
}

describe('an edit of a highlight from a view that is still current', () => {
  it('changes the fields the reader changed and stamps the highlight and its page', async () => {
    const { tabA, opened } = await twoTabs();
    const edited = await updateHighlight(
      tabA,
      'h1',
      { note: 'Second thoughts', color: 'pink' },
      { note: opened.note, color: opened.color },
      T0 + MINUTE,
    );
    expect(edited).toEqual({
      ...opened,
      note: 'Second thoughts',
      color: 'pink',
      updatedAt: T0 + MINUTE,
    });
    expect(await storedHighlight(tabA, 'h1')).toEqual(edited);
    expect((await tabA.pages.get(PAGE_URL))?.updatedAt).toBe(T0 + MINUTE);
  });

  it('compares lists and selectors by value, not by identity', async () => {
    const { tabA, opened } = await twoTabs();
    const edited = await updateHighlight(
      tabA,
      'h1',
      { tags: ['iom', 'history'], selectors: structuredClone(opened.selectors) },
      { tags: [...opened.tags], selectors: structuredClone(opened.selectors) },
      T0 + MINUTE,
    );
    expect(edited.tags).toEqual(['iom', 'history']);
  });

  it('writes nothing, and keeps the record’s time, when the edit changes nothing', async () => {
    const { tabA, opened } = await twoTabs();
    const same = await updateHighlight(
      tabA,
      'h1',
      { note: opened.note, tags: opened.tags },
      { note: opened.note, tags: opened.tags },
      T0 + MINUTE,
    );
    expect(same).toEqual(opened);
    expect(await storedHighlight(tabA, 'h1')).toEqual(opened);
    expect((await tabA.pages.get(PAGE_URL))?.updatedAt).toBe(T0);
  });
});

describe('an edit of a highlight from a view another tab has changed since', () => {
  it('keeps the other tab’s change to a field this edit does not change', async () => {
    const { tabA, tabB, opened } = await twoTabs();
    await updateHighlight(tabB, 'h1', { color: 'green' }, { color: 'yellow' }, T0 + MINUTE);
    const edited = await updateHighlight(
      tabA,
      'h1',
      { note: 'Second thoughts' },
      { note: opened.note },
      T0 + 2 * MINUTE,
    );
    expect(edited).toMatchObject({ note: 'Second thoughts', color: 'green' });
    expect(await storedHighlight(tabB, 'h1')).toEqual(edited);
  });

  it('leaves alone a field the editor sent back as it opened it, though another tab changed it', async () => {
    // The card's editor sends the note and the tags; the reader changed only the note.
    const { tabA, tabB, opened } = await twoTabs();
    await updateHighlight(tabB, 'h1', { tags: ['iom', 'from-b'] }, { tags: ['iom'] }, T0 + MINUTE);
    const edited = await updateHighlight(
      tabA,
      'h1',
      { note: 'Second thoughts', tags: opened.tags },
      { note: opened.note, tags: opened.tags },
      T0 + 2 * MINUTE,
    );
    expect(edited).toMatchObject({ note: 'Second thoughts', tags: ['iom', 'from-b'] });
  });

  it('is refused as a conflict when the other tab changed the note too, and writes nothing', async () => {
    const { tabA, tabB, opened } = await twoTabs();
    const fromB = await updateHighlight(
      tabB,
      'h1',
      { note: 'Written in tab B' },
      { note: opened.note },
      T0 + MINUTE,
    );
    await expect(
      updateHighlight(
        tabA,
        'h1',
        { note: 'Written in tab A' },
        { note: opened.note },
        T0 + 2 * MINUTE,
      ),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message:
        'This note was changed in another tab since you opened it; your text was kept — reopen the highlight to see both.',
    });
    expect(await storedHighlight(tabA, 'h1')).toEqual(fromB);
    expect((await tabA.pages.get(PAGE_URL))?.updatedAt).toBe(T0 + MINUTE);
  });

  it('refuses the whole edit, not only the field in conflict', async () => {
    const { tabA, tabB, opened } = await twoTabs();
    await updateHighlight(tabB, 'h1', { tags: ['from-b'] }, { tags: opened.tags }, T0 + MINUTE);
    await expect(
      updateHighlight(
        tabA,
        'h1',
        { note: 'Written in tab A', tags: ['from-a'] },
        { note: opened.note, tags: opened.tags },
        T0 + 2 * MINUTE,
      ),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message:
        'This highlight’s tags were changed in another tab since you opened it; your note was not saved, but your text was kept — reopen the highlight to see the change.',
    });
    expect(await storedHighlight(tabA, 'h1')).toMatchObject({
      note: opened.note,
      tags: ['from-b'],
    });
  });

  it('names the field in conflict when it is not the note', async () => {
    const { tabA, tabB } = await twoTabs();
    await updateHighlight(tabB, 'h1', { color: 'green' }, { color: 'yellow' }, T0 + MINUTE);
    await expect(
      updateHighlight(tabA, 'h1', { color: 'blue' }, { color: 'yellow' }, T0 + 2 * MINUTE),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message:
        'This highlight’s colour was changed in another tab since you opened it; your change was not saved — reopen the highlight to see it.',
    });
    expect((await storedHighlight(tabA, 'h1'))?.color).toBe('green');
  });

  it('is no conflict when the other tab made the very same change', async () => {
    const { tabA, tabB } = await twoTabs();
    const fromB = await updateHighlight(
      tabB,
      'h1',
      { color: 'green' },
      { color: 'yellow' },
      T0 + MINUTE,
    );
    const fromA = await updateHighlight(
      tabA,
      'h1',
      { color: 'green' },
      { color: 'yellow' },
      T0 + 2 * MINUTE,
    );
    expect(fromA).toEqual(fromB);
  });

  it('comes back to the content script as a "conflict" reply, with the sentence', async () => {
    const { tabA, tabB, opened } = await twoTabs();
    await updateHighlight(tabB, 'h1', { note: 'Written in tab B' }, { note: opened.note });
    const reply = await handleStoreRequest(tabA, {
      type: 'gloss:highlights:update',
      id: 'h1',
      changes: { note: 'Written in tab A' },
      base: { note: opened.note },
    });
    expect(reply).toEqual({
      ok: false,
      error: { kind: 'conflict', message: expect.stringMatching(/changed in another tab/) },
    });
    expect((await storedHighlight(tabA, 'h1'))?.note).toBe('Written in tab B');
  });
});

describe('an edit of a note on an organization', () => {
  it('changes its text when the note is as the view showed it', async () => {
    const db = await openGloss();
    const opened = makeTermNote('n1', 'iom', { note: 'Joined the UN system in 2016.' });
    await saveTermNote(db, opened);
    const edited = await updateTermNote(
      db,
      'n1',
      { note: 'Joined the UN system in 2016 as a related organization.' },
      { note: opened.note },
      T0 + MINUTE,
    );
    expect(edited).toEqual({
      ...opened,
      note: 'Joined the UN system in 2016 as a related organization.',
      updatedAt: T0 + MINUTE,
    });
    expect(await db.termNotes.get('n1')).toEqual(edited);
  });

  it('is refused as a conflict when another tab changed it since, and writes nothing', async () => {
    const shared = freshIndexedDb();
    const tabA = await openGloss(shared);
    const tabB = await openGloss(shared);
    const opened = makeTermNote('n1');
    await saveTermNote(tabA, opened);
    const fromB = await updateTermNote(
      tabB,
      'n1',
      { note: 'Written in tab B' },
      { note: opened.note },
      T0 + MINUTE,
    );
    const reply = await handleStoreRequest(tabA, {
      type: 'gloss:term-notes:update',
      id: 'n1',
      changes: { note: 'Written in tab A' },
      base: { note: opened.note },
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        message:
          'This note was changed in another tab since you opened it; your text was kept — reopen the note to see both.',
      },
    });
    expect(await tabA.termNotes.get('n1')).toEqual(fromB);
  });

  it('of a note deleted meanwhile is "not found"', async () => {
    const db = await openGloss();
    await expect(updateTermNote(db, 'gone', { note: 'x' }, { note: '' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
