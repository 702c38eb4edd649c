// Saving a new highlight from the page: painted at once and marked pending, shown as saved only
// once the background has committed it; a failed save stays painted, marked failed, says why and
// offers Retry or Discard, so the reader's passage is never lost silently.

import type { HighlightRecord, PageRecord } from '../db/types';
import type { StoreError, StoreReply } from '../messaging/store';

/** The attribute on a highlight's wrappers while its save is pending or after it failed. */
export const SAVE_ATTRIBUTE = 'data-gloss-save';

export interface SaverFeedback {
  announce(text: string): void;
  toast(
    message: string,
    tone: 'info' | 'error',
    actions?: { label: string; run: () => void }[],
  ): void;
  /** Closes the toast; `onlyErrors` leaves an information toast showing. */
  closeToast(onlyErrors?: boolean): void;
}

export interface SaverOptions {
  /** The wrappers a highlight is painted in now (none once unpainted). */
  partsOf(id: string): readonly Element[];
  /** Takes a discarded highlight off the page. */
  unpaint(id: string): void;
  store(page: PageRecord, highlight: HighlightRecord): Promise<StoreReply<unknown>>;
  page(): PageRecord;
  feedback: SaverFeedback;
  describeError(error: StoreError): string;
}

export interface Saver {
  save(record: HighlightRecord): Promise<void>;
  /** True while a highlight is painted but not in the database (its save failed). */
  isUnsaved(id: string): boolean;
  /** Forgets a failed save (the reader deleted the highlight). */
  forget(id: string): void;
}

export function createSaver(options: SaverOptions): Saver {
  const { partsOf, feedback } = options;
  const failed = new Map<string, HighlightRecord>();
  const mark = (id: string, state: 'pending' | 'failed' | null) => {
    for (const part of partsOf(id)) {
      if (state === null) part.removeAttribute(SAVE_ATTRIBUTE);
      else part.setAttribute(SAVE_ATTRIBUTE, state);
    }
  };
  const save = async (record: HighlightRecord): Promise<void> => {
    mark(record.id, 'pending');
    const reply = await options.store(options.page(), record);
    if (reply.ok) {
      failed.delete(record.id);
      mark(record.id, null);
      feedback.announce('Highlight saved.');
      feedback.closeToast(true);
      return;
    }
    failed.set(record.id, record);
    mark(record.id, 'failed');
    feedback.toast(`Highlight not saved: ${options.describeError(reply.error)}.`, 'error', [
      { label: 'Retry', run: () => void save(record) },
      {
        label: 'Discard',
        run: () => {
          failed.delete(record.id);
          options.unpaint(record.id);
          feedback.closeToast();
        },
      },
    ]);
  };
  return {
    save,
    isUnsaved: (id) => failed.has(id),
    forget: (id) => void failed.delete(id),
  };
}
