// The reading document's end of a tab's reading port: only this extension's content scripts'
// reading ports are taken (the reader frame's and any other port are left alone), one copy is
// read and answered per port, a malformed request is answered with an error, and the background
// learns which tab's page was read, with the address the browser gave, once the answer has gone.
import { describe, expect, it } from 'vitest';
import { fakePort } from './fakePort';
import { answerReadingPort, type TabReading } from '../../../lib/background/readingPort';
import { READ_PAGE_PORT, type PageCopy, type ReadPageReply } from '../../../lib/messaging/article';

const EXTENSION = 'gloss-id';
const copy: PageCopy = { html: '<p>IOM</p>', scope: 'article', elementCount: 1 };
const TAB_URL = 'https://www.afsa.org/flipping_book/0319/9/';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const fromTab = { id: EXTENSION, url: TAB_URL, tab: { title: 'Page 9' } };

describe('answering a tab’s reading port', () => {
  it('reads the copy, answers on the port, then says which tab was read', async () => {
    const { port, posted, send } = fakePort<ReadPageReply>(READ_PAGE_PORT, fromTab);
    const read: PageCopy[] = [];
    const told: TabReading[] = [];
    const taken = answerReadingPort(
      port,
      EXTENSION,
      (c) => (read.push(c), { reading: null }),
      (reading) => told.push(reading),
    );
    expect(taken).toBe(true);
    send({ type: 'gloss:read-page', copy });
    await tick();
    expect(read).toEqual([copy]);
    expect(posted).toEqual([{ reading: null }]);
    expect(told).toEqual([{ url: TAB_URL, title: 'Page 9', reply: { reading: null } }]);
  });

  it('leaves alone a port of another name, of another extension, or not from a tab', () => {
    const never = () => {
      throw new Error('read');
    };
    for (const [name, sender] of [
      ['reader-frame:abc', fromTab],
      [READ_PAGE_PORT, { ...fromTab, id: 'another-extension' }],
      [READ_PAGE_PORT, { id: EXTENSION, url: 'chrome-extension://gloss-id/notes.html' }],
      [READ_PAGE_PORT, undefined],
    ] as const) {
      expect(
        answerReadingPort(fakePort<ReadPageReply>(name, sender).port, EXTENSION, never, never),
      ).toBe(false);
    }
  });

  it('answers a malformed request with an error, and reads one copy per port', async () => {
    const { port, posted, send } = fakePort<ReadPageReply>(READ_PAGE_PORT, fromTab);
    let reads = 0;
    answerReadingPort(
      port,
      EXTENSION,
      () => (reads++, { reading: null }),
      () => undefined,
    );
    send({ type: 'gloss:read-page', copy: { html: 7 } });
    send({ type: 'gloss:read-page', copy });
    await tick();
    expect(posted).toEqual([{ error: 'not a page copy' }]);
    expect(reads).toBe(0);
  });

  it('answers with the reason when reading fails', async () => {
    const { port, posted, send } = fakePort<ReadPageReply>(READ_PAGE_PORT, fromTab);
    answerReadingPort(
      port,
      EXTENSION,
      () => Promise.reject(new Error('the glossary did not load')),
      () => undefined,
    );
    send({ type: 'gloss:read-page', copy });
    await tick();
    expect(posted).toEqual([{ error: 'the glossary did not load' }]);
  });
});
