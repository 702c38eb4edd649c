// What the content script tells the reader: a toast (with actions such as Undo or Retry; errors
// stay until closed) and quiet announcements for screen readers.

import type { StoreError } from '../messaging/store';
import type { PageUi } from './pageView';

export interface Feedback {
  announce(text: string): void;
  toast(
    message: string,
    tone: 'info' | 'error',
    actions?: { label: string; run: () => void }[],
    timeoutMs?: number,
  ): void;
  closeToast(): void;
}

/** The sentence for a failed request; a full disk is said in the reader's terms. */
export function describeError(error: StoreError): string {
  return error.kind === 'quota'
    ? 'there is no room left to store it (the disk or the browser’s storage is full)'
    : error.message;
}

export function createFeedback(ui: PageUi): Feedback {
  let timer: number | undefined;
  const closeToast = () => {
    window.clearTimeout(timer);
    ui.set({ toast: null });
  };
  return {
    announce: (text) => ui.set({ announcement: text }),
    toast(message, tone, actions = [], timeoutMs = tone === 'error' ? 0 : 4000) {
      window.clearTimeout(timer);
      ui.set({ toast: { message, tone, actions, onClose: closeToast } });
      if (timeoutMs > 0) timer = window.setTimeout(closeToast, timeoutMs);
    },
    closeToast,
  };
}
