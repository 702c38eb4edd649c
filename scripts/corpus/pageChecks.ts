// The robustness run's checks on one page's text and console, apart from the run itself.

import type { Page } from 'playwright-core';

/** Visible text with runs of whitespace made one space, so layout-only differences do not count. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A short view of where two texts first differ. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 40));
  return `at ${i}: without ${show(a)} / with ${show(b)}`;
}

export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' | ').slice(0, 240);

/**
 * Errors that come from the extension (id `extensionId`): "[FSJ Gloss]" lines, console errors and
 * warnings its scripts log, and exceptions thrown from its code. Resource-load failures are the
 * page's own business (a saved page may even link another extension's files).
 */
export function watchExtensionErrors(page: Page, extensionId: string): string[] {
  const errors: string[] = [];
  const ours = (text: string | undefined) =>
    text?.includes(`chrome-extension://${extensionId}/`) ?? false;
  page.on('console', (message) => {
    const text = message.text();
    const type = message.type();
    if (text.startsWith('[FSJ Gloss]') || text.startsWith('[wxt]')) {
      errors.push(`console ${type}: ${oneLine(text)}`);
    } else if (
      ours(message.location().url) &&
      (type === 'error' || type === 'warning') &&
      !text.startsWith('Failed to load resource')
    ) {
      errors.push(`console ${type}: ${oneLine(text)}`);
    }
  });
  page.on('pageerror', (error) => {
    if (ours(error.stack)) errors.push(`uncaught: ${oneLine(error.stack ?? error.message)}`);
  });
  return errors;
}
