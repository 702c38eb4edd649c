// The content script's answers to the popup and the background (lib/messaging/popup.ts): each
// request goes to the one feature that owns it, and the listener lives no longer than the content
// script (one abort removes it).

import type {
  ArticleInfo,
  PopupMessage,
  SelectionAction,
  SelectionCommandReply,
  TabStatus,
} from '../messaging/popup';
import { isPopupMessage } from '../messaging/popup';

/** What the page's features answer; each one call, so the router holds no state of its own. */
export interface PopupFeatures {
  status(): TabStatus;
  /** Marks the whole page instead of the article; answered once the new marks are painted. */
  annotatePage(): Promise<TabStatus>;
  article(): ArticleInfo;
  scrollToTerm(entryId: string): boolean;
  scrollToHighlight(id: string): boolean;
  reattach(id: string): boolean;
  selectionCommand(action: SelectionAction): SelectionCommandReply;
}

export type PopupAnswer = TabStatus | ArticleInfo | SelectionCommandReply | { found: boolean };

/**
 * The answer to one request. Why a switch over the message's type: TypeScript then checks that
 * every request the popup can send has an owner here.
 */
export function answerPopup(
  message: PopupMessage,
  features: PopupFeatures,
): PopupAnswer | Promise<PopupAnswer> {
  switch (message.type) {
    case 'gloss:status':
      return features.status();
    case 'gloss:annotate-page':
      return features.annotatePage();
    case 'gloss:article':
      return features.article();
    case 'gloss:scroll-to':
      return { found: features.scrollToTerm(message.entryId) };
    case 'gloss:scroll-to-highlight':
      return { found: features.scrollToHighlight(message.id) };
    case 'gloss:reattach':
      return { found: features.reattach(message.id) };
    case 'gloss:selection-command':
      return features.selectionCommand(message.action);
  }
}

/** The part of `browser.runtime` the router listens on. */
export interface PopupRuntime {
  onMessage: {
    addListener(listener: PopupListener): void;
    removeListener(listener: PopupListener): void;
  };
}

type PopupListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (answer: PopupAnswer) => void,
) => true | undefined;

/**
 * Answers the popup's requests until `signal` aborts. Anything that is not one of our requests is
 * left for other listeners; a request that takes a trip is answered when it is done.
 */
export function listenToPopup(
  runtime: PopupRuntime,
  signal: AbortSignal,
  features: PopupFeatures,
): void {
  if (signal.aborted) return;
  const listener: PopupListener = (message, _sender, sendResponse) => {
    if (!isPopupMessage(message)) return undefined;
    const answer = answerPopup(message, features);
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return undefined;
    }
    void answer.then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
