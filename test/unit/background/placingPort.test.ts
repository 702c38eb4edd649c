// Placing a page's saved highlights where the page is read: each comes back where it is in the
// text now, or as not found; a malformed request is answered with what is wrong; a long search
// lets other work run meanwhile and, past its budget, misplaces nothing; only this extension's
// content scripts' placing ports are answered.
import { describe, expect, it } from 'vitest';
import { fakePort } from './fakePort';
import { describeSpan } from '../../../lib/anchoring/describe';
import { answerPlacingPort, placeRequested } from '../../../lib/background/placingPort';
import {
  PLACE_HIGHLIGHTS_PORT,
  type PlaceHighlightsReply,
  type PlaceHighlightsRequest,
} from '../../../lib/messaging/placing';
import { seededRandom } from '../anchoring/random';
import { editInside, wordSalad } from '../anchoring/wordSalad';

const TEXT =
  'Founded in 1951, the International Organization for Migration (IOM) is based in Geneva.';
const request = (text: string, selectors: PlaceHighlightsRequest['selectors']) => ({
  type: 'gloss:place-highlights',
  text,
  selectors,
});

describe('placing highlights in an article’s text', () => {
  it('answers where each highlight is now, in the order asked, or that it is not found', async () => {
    const here = describeSpan(TEXT, { start: 17, end: 61 });
    const gone = describeSpan('a passage that is nowhere in the article', { start: 0, end: 40 });
    const reply = await placeRequested(request(TEXT, [here, gone]));
    expect(reply).toEqual({
      anchors: [{ status: 'exact', start: 17, end: 61 }, { status: 'orphan' }],
    });
    expect(TEXT.slice(17, 61)).toBe('the International Organization for Migration');
  });

  it('answers a malformed request with what is wrong, and searches nothing', async () => {
    const here = describeSpan(TEXT, { start: 17, end: 61 });
    expect(await placeRequested(request(42 as unknown as string, [here]))).toEqual({
      error: 'text is not a string',
    });
    expect(await placeRequested({ ...request(TEXT, [here]), pageUrl: 'x' })).toMatchObject({
      error: expect.stringMatching(/unexpected field "pageUrl"/),
    });
    const bare = { ...here, quote: { ...here.quote, exact: '' } };
    expect(await placeRequested(request(TEXT, [bare]))).toMatchObject({
      error: expect.stringMatching(/selectors\[0\]\.quote\.exact is empty/),
    });
    expect(await placeRequested(request('x'.repeat(5_000_001), []))).toMatchObject({
      error: expect.stringMatching(/longer than/),
    });
  });

  it('lets other work run during a long search, and past the budget misplaces nothing', async () => {
    const text = wordSalad(seededRandom(7), 100_000);
    const long = (start: number) => describeSpan(text, { start, end: start + 20_000 });
    const changed = editInside(editInside(text, 5_000, 25_000), 40_000, 60_000);
    const order: string[] = [];
    const placing = placeRequested(request(changed, [long(5_000), long(40_000)]), {
      budget: { callMs: 400 },
    }).then((reply) => (order.push('placed'), reply));
    const other = new Promise((resolve) => setTimeout(resolve, 0)).then(() => order.push('other'));
    const [reply] = await Promise.all([placing, other]);
    expect(order).toEqual(['other', 'placed']);
    if (!('anchors' in reply)) throw new Error(reply.error);
    expect(reply.anchors).toHaveLength(2);
    for (const [i, anchor] of reply.anchors.entries()) {
      if (anchor.status !== 'orphan') expect(anchor.start).toBe(i === 0 ? 5_000 : 40_000);
    }
  });
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const EXTENSION = 'gloss-id';
const fromTab = { id: EXTENSION, url: 'https://www.afsa.org/x', tab: { title: 'x' } };

describe('answering a tab’s placing port', () => {
  it('answers the first request on the port, and no other', async () => {
    const { port, posted, send } = fakePort<PlaceHighlightsReply>(PLACE_HIGHLIGHTS_PORT, fromTab);
    expect(answerPlacingPort(port, EXTENSION)).toBe(true);
    const here = describeSpan(TEXT, { start: 17, end: 61 });
    send(request(TEXT, [here]));
    send(request(TEXT, []));
    for (let i = 0; i < 5 && posted.length === 0; i++) await tick();
    await tick();
    expect(posted).toEqual([{ anchors: [{ status: 'exact', start: 17, end: 61 }] }]);
  });

  it('leaves alone other ports, other extensions’ and those not opened from a tab', () => {
    for (const [name, sender] of [
      ['gloss:read-page', fromTab],
      [PLACE_HIGHLIGHTS_PORT, { ...fromTab, id: 'someone-else' }],
      [PLACE_HIGHLIGHTS_PORT, { id: EXTENSION, url: 'chrome-extension://gloss-id/notes.html' }],
    ] as const) {
      expect(answerPlacingPort(fakePort<PlaceHighlightsReply>(name, sender).port, EXTENSION)).toBe(
        false,
      );
    }
  });
});
