// Reading a page in this very document: Firefox's background page, and Chrome's offscreen
// document. Apart from articleReader.ts so that Chrome's service worker, which reads nothing
// itself, does not carry Readability and the glossary.

import { readPageHtml } from '../article/readPage';
import type { CompiledGlossary } from '../glossary/matcher';
import type { PageCopy } from '../messaging/article';
import { failure, type LocalReader } from './articleReader';

/**
 * A reader for this document. `glossaryFor` gets the reader's own entries as stored and is asked
 * on each page, so a document that never reads never loads the glossary.
 */
export function localReader(
  glossaryFor: (storedUserEntries: unknown) => CompiledGlossary,
): LocalReader {
  return (copy: PageCopy, storedUserEntries: unknown) => {
    try {
      const reading = readPageHtml(copy, new DOMParser(), glossaryFor(storedUserEntries));
      return reading === 'numbers-needed' ? { numbersNeeded: true } : { reading };
    } catch (error) {
      return failure(error);
    }
  };
}
