// How the saved highlights and notes stand against the last backup, as read from the database.
import { describe, expect, it } from 'vitest';
import { loadSavedWork } from '../../../lib/db/savedWork';
import { makeHighlight, makeTermNote, openGloss, putHighlights, T0 } from './testDb';

const OTHER_PAGE =
  'https://www.afsa.org/sites/default/files/flipping_book/1208/files/assets/seo/page17.html';
const HOUR = 60 * 60 * 1000;

async function library() {
  const db = await openGloss();
  await putHighlights(db, [
    makeHighlight('h1', 0, { createdAt: T0, updatedAt: T0 }),
    makeHighlight('h2', 100, { createdAt: T0 + HOUR, updatedAt: T0 + 5 * HOUR }), // edited later
    makeHighlight('h3', 0, {
      pageUrl: OTHER_PAGE,
      createdAt: T0 + 2 * HOUR,
      updatedAt: T0 + 2 * HOUR,
    }),
  ]);
  await db.termNotes.put(
    makeTermNote('n1', 'iom', { createdAt: T0 - HOUR, updatedAt: T0 + 3 * HOUR }),
  );
  return db;
}

describe('the saved work against the last backup', () => {
  it('an empty database: nothing kept', async () => {
    expect(await loadSavedWork(await openGloss(), null)).toEqual({
      count: 0,
      changedSince: 0,
      firstSavedAt: null,
    });
  });

  it('no backup: everything is outside one, the first saved being the oldest of either kind', async () => {
    expect(await loadSavedWork(await library(), null)).toEqual({
      count: 4,
      changedSince: 4,
      firstSavedAt: T0 - HOUR,
    });
  });

  it('after a backup: only what was saved or changed after it, an edit included', async () => {
    // Backed up just after h3: h2 was edited and the note changed since; h1 and h3 were not.
    expect(await loadSavedWork(await library(), T0 + 2 * HOUR)).toEqual({
      count: 4,
      changedSince: 2,
      firstSavedAt: T0 - HOUR,
    });
  });

  it('a backup newer than everything: nothing outside it', async () => {
    expect(await loadSavedWork(await library(), T0 + 6 * HOUR)).toEqual({
      count: 4,
      changedSince: 0,
      firstSavedAt: null,
    });
  });
});
