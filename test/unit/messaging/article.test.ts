// The reading that comes back from the extension's document is checked before the page relies on
// its numbers: requests have their type, HTML and scope; occurrences lie inside the text and name
// a labelled entry; a trace's text addresses come in pairs.
import { describe, expect, it } from 'vitest';
import {
  isReadPageReply,
  isReadPageRequest,
  MAX_PAGE_HTML,
  type PageReading,
} from '../../../lib/messaging/article';

const reading: PageReading = {
  trace: { texts: [3, 0, 5, 1], elements: [], title: 'Migration' },
  leftOut: [9],
  text: 'The IOM and UNHCR met.',
  occurrences: [
    { entryId: 'iom', start: 4, end: 7 },
    { entryId: 'unhcr', start: 12, end: 17 },
  ],
  labels: [
    { id: 'iom', name: 'International Organization for Migration', acronyms: ['IOM'] },
    { id: 'unhcr', name: 'Office of the UN High Commissioner for Refugees', acronyms: ['UNHCR'] },
  ],
};

describe('isReadPageRequest', () => {
  const copy = { html: '<p>x</p>', scope: 'article', elementCount: 4 };

  it('takes a request of its type with a copy: HTML, a scope and an element count or null', () => {
    const request = { type: 'gloss:read-page', copy };
    expect(isReadPageRequest(request)).toBe(true);
    expect(isReadPageRequest({ ...request, copy: { ...copy, elementCount: null } })).toBe(true);
    expect(isReadPageRequest({ ...request, type: 'gloss:read-page-offscreen' })).toBe(false);
    for (const bad of [
      { scope: 'site' },
      { html: 1 },
      { elementCount: -1 },
      { elementCount: '4' },
    ]) {
      expect(isReadPageRequest({ ...request, copy: { ...copy, ...bad } })).toBe(false);
    }
    expect(isReadPageRequest({ type: 'gloss:read-page' })).toBe(false);
  });

  it('refuses a page too large to send', () => {
    const html = 'x'.repeat(MAX_PAGE_HTML + 1);
    const request = { type: 'gloss:read-page', copy: { ...copy, html } };
    expect(isReadPageRequest(request)).toBe(false);
  });
});

describe('isReadPageReply', () => {
  it('takes a well-formed reading, no article, a request for numbers, or an error', () => {
    expect(isReadPageReply({ reading })).toBe(true);
    expect(isReadPageReply({ reading: { ...reading, trace: null } })).toBe(true);
    expect(isReadPageReply({ reading: null })).toBe(true);
    expect(isReadPageReply({ error: 'the reading document did not answer' })).toBe(true);
    expect(isReadPageReply({ numbersNeeded: true })).toBe(true);
  });

  it('refuses occurrences outside the text, empty or unlabelled', () => {
    const outside = { ...reading.occurrences[0]!, end: reading.text.length + 1 };
    const empty = { ...reading.occurrences[0]!, end: 4 };
    const unlabelled = { ...reading.occurrences[0]!, entryId: 'nato' };
    for (const bad of [outside, empty, unlabelled]) {
      expect(isReadPageReply({ reading: { ...reading, occurrences: [bad] } })).toBe(false);
    }
  });

  it('refuses a trace whose text addresses are not pairs of counts', () => {
    const odd = { ...reading, trace: { ...reading.trace!, texts: [3, 0, 5] } };
    const negative = { ...reading, trace: { ...reading.trace!, texts: [3, -1] } };
    expect(isReadPageReply({ reading: odd })).toBe(false);
    expect(isReadPageReply({ reading: negative })).toBe(false);
    expect(isReadPageReply({ reading: { ...reading, leftOut: [-1] } })).toBe(false);
  });

  it('refuses anything else', () => {
    for (const bad of [undefined, null, 'ok', {}, { reading: { text: 'x' } }]) {
      expect(isReadPageReply(bad)).toBe(false);
    }
  });
});
