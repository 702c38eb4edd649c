// A new highlight's record: the quote and selectors of the selected span, and the bodies marked in
// it (each once, a mark cut by either end included, marks beside it left out).
import { describe, expect, it } from 'vitest';
import { newHighlight } from '../../../lib/highlights/newHighlight';

const text = 'The IOM and UNHCR met the GFMD chair; IOM spoke first.';
const at = (name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length };
};
const marks = [
  { ...at('IOM'), entryId: 'iom' },
  { ...at('UNHCR'), entryId: 'unhcr' },
  { ...at('GFMD'), entryId: 'gfmd' },
  { ...at('IOM', 10), entryId: 'iom' },
];

const made = (span: { start: number; end: number }) =>
  newHighlight({
    text,
    span,
    marks,
    pageUrl: 'https://www.afsa.org/fsj-0319',
    color: 'green',
    note: 'Compare <b>',
    tags: ['mali'],
    id: 'h1',
    now: 42,
  });

describe('a new highlight', () => {
  it('quotes the selected passage and keeps where it was', () => {
    const span = { start: at('UNHCR').start, end: at('chair').end };
    const record = made(span);
    expect(record.quote).toBe('UNHCR met the GFMD chair');
    expect(record.selectors.quote.exact).toBe(record.quote);
    expect(record.selectors.position).toMatchObject(span);
  });

  it('names each body marked inside it once', () => {
    expect(made({ start: 0, end: text.length }).entryIds).toEqual(['iom', 'unhcr', 'gfmd']);
  });

  it('counts a mark the selection cuts, and leaves out marks beside it', () => {
    const span = { start: at('IOM').start + 1, end: at('UNHCR').start - 1 };
    expect(made(span).entryIds).toEqual(['iom']);
    expect(made({ start: at('and').start, end: at('and').end }).entryIds).toEqual([]);
  });

  it('keeps the reader’s text, colour and time as given', () => {
    const record = made(at('GFMD'));
    expect(record).toMatchObject({
      id: 'h1',
      pageUrl: 'https://www.afsa.org/fsj-0319',
      color: 'green',
      note: 'Compare <b>',
      tags: ['mali'],
      createdAt: 42,
      updatedAt: 42,
    });
  });
});
