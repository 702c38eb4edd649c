// Saving a highlight made on the page: pending until the background commits it, then said to be
// saved; a failed save stays painted, is marked, says why in the reader's terms, and offers Retry
// (which saves the same record) and Discard (which takes it off the page).
import { describe, expect, it } from 'vitest';
import {
  createSaver,
  SAVE_ATTRIBUTE,
  type SaverOptions,
} from '../../../lib/content/savingHighlights';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { HighlightRecord, PageRecord } from '../../../lib/db/types';
import type { StoreReply } from '../../../lib/messaging/store';

const page: PageRecord = {
  url: 'https://www.afsa.org/fsj-0319',
  title: 'Page 9',
  issue: null,
  pageNumber: 9,
  updatedAt: 0,
};

const record = (id: string): HighlightRecord => ({
  id,
  pageUrl: page.url,
  selectors: describeSpan('IOM', { start: 0, end: 3 }),
  quote: 'IOM',
  color: 'yellow',
  note: '',
  tags: [],
  entryIds: ['iom'],
  createdAt: 1,
  updatedAt: 1,
});

/** A wrapper as far as the saver touches it. */
function part() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

function setUp(replies: StoreReply<unknown>[]) {
  const parts = new Map([['h1', [part(), part()]]]);
  const told: string[] = [];
  let actions: { label: string; run: () => void }[] = [];
  const stored: string[] = [];
  let answer: ((reply: StoreReply<unknown>) => void) | null = null;
  const options: SaverOptions = {
    partsOf: (id) => (parts.get(id) ?? []) as unknown as Element[],
    unpaint: (id) => void (parts.delete(id), told.push(`unpainted ${id}`)),
    store: (_page, highlight) => {
      stored.push(highlight.id);
      const next = replies.shift();
      if (next !== undefined) return Promise.resolve(next);
      return new Promise((resolve) => (answer = resolve));
    },
    page: () => page,
    feedback: {
      announce: (text) => told.push(`announce: ${text}`),
      toast: (message, tone, given = []) => {
        told.push(`${tone}: ${message}`);
        actions = given;
      },
      closeToast: (onlyErrors = false) => told.push(onlyErrors ? 'close errors' : 'close'),
    },
    describeError: (error) => (error.kind === 'quota' ? 'the disk is full' : error.message),
  };
  const saveState = () => parts.get('h1')?.map((p) => p.attributes.get(SAVE_ATTRIBUTE) ?? null);
  return {
    saver: createSaver(options),
    told,
    stored,
    saveState,
    action: (label: string) => actions.find((a) => a.label === label)!.run(),
    answer: (reply: StoreReply<unknown>) => answer!(reply),
  };
}

const full: StoreReply<unknown> = { ok: false, error: { kind: 'quota', message: 'QuotaExceeded' } };

describe('saving a highlight from the page', () => {
  it('is pending until committed, then saved, announced, and clears an error toast', async () => {
    const { saver, told, saveState, answer } = setUp([]);
    const saving = saver.save(record('h1'));
    expect(saveState()).toEqual(['pending', 'pending']);
    expect(told).toEqual([]);
    answer({ ok: true, value: null });
    await saving;
    expect(saveState()).toEqual([null, null]);
    expect(told).toEqual(['announce: Highlight saved.', 'close errors']);
    expect(saver.isUnsaved('h1')).toBe(false);
  });

  it('keeps a failed save painted, marked, and says why in the reader’s terms', async () => {
    const { saver, told, saveState } = setUp([full]);
    await saver.save(record('h1'));
    expect(saveState()).toEqual(['failed', 'failed']);
    expect(told).toEqual(['error: Highlight not saved: the disk is full.']);
    expect(saver.isUnsaved('h1')).toBe(true);
  });

  it('saves the same record again on Retry', async () => {
    const { saver, stored, saveState, action } = setUp([full, { ok: true, value: null }]);
    await saver.save(record('h1'));
    action('Retry');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stored).toEqual(['h1', 'h1']);
    expect(saveState()).toEqual([null, null]);
    expect(saver.isUnsaved('h1')).toBe(false);
  });

  it('takes the highlight off the page on Discard, and forgets it', async () => {
    const { saver, told, action } = setUp([full]);
    await saver.save(record('h1'));
    action('Discard');
    expect(told.slice(1)).toEqual(['unpainted h1', 'close']);
    expect(saver.isUnsaved('h1')).toBe(false);
  });

  it('forgets a failed save the reader deleted', async () => {
    const { saver } = setUp([full]);
    await saver.save(record('h1'));
    saver.forget('h1');
    expect(saver.isUnsaved('h1')).toBe(false);
  });
});
