// @vitest-environment happy-dom
// A highlight asked for by a shortcut or the context menu: it applies to the reader's selection in
// the article, and every refusal (switched off, no article, nothing selected, a form field, outside
// the article) is said to the reader in words that tell what to do.
import { afterEach, describe, expect, it } from 'vitest';
import { commandSelection, refusalMessage } from '../../../lib/highlights/selectionCommand';
import type { SelectionRefusal } from '../../../lib/messaging/popup';
import type { Span } from '../../../lib/text/rangeSpan';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

/** Selects characters [from, to) of the first text node of the element with `id`. */
function select(id: string, from: number, to: number): void {
  const node = document.getElementById(id)!.firstChild!;
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const article =
  '<p id="text">Herders and traders cross the Sahel.</p><textarea id="area">x</textarea>';
/** A stand-in text model: the article is the paragraph, mapped one to one. */
const spanInParagraph = (range: Range): Span | null =>
  range.startContainer.parentElement?.id === 'text'
    ? { start: range.startOffset, end: range.endOffset }
    : null;

const ready = { state: 'ready', editing: false } as const;

describe('commandSelection', () => {
  it('gives the selected range and the article text it covers', () => {
    document.body.innerHTML = article;
    select('text', 0, 7);
    const found = commandSelection(document, ready, spanInParagraph);
    expect('range' in found && found.range.toString()).toBe('Herders');
    expect('span' in found && found.span).toEqual({ start: 0, end: 7 });
  });

  it('refuses while the overlay is off or found no article, whatever is selected', () => {
    document.body.innerHTML = article;
    select('text', 0, 7);
    expect(commandSelection(document, { state: 'off', editing: false }, spanInParagraph)).toEqual({
      reason: 'off',
    });
    expect(
      commandSelection(document, { state: 'no-article', editing: false }, spanInParagraph),
    ).toEqual({
      reason: 'no-article',
    });
  });

  it('refuses when nothing is selected, or the selection is collapsed', () => {
    document.body.innerHTML = article;
    expect(commandSelection(document, ready, spanInParagraph)).toEqual({
      reason: 'no-selection',
    });
    select('text', 4, 4);
    expect(commandSelection(document, ready, spanInParagraph)).toEqual({
      reason: 'no-selection',
    });
  });

  it('waits while the note editor is open, so what was typed is not lost', () => {
    document.body.innerHTML = article;
    select('text', 0, 7);
    expect(commandSelection(document, { ...ready, editing: true }, spanInParagraph)).toEqual({
      reason: 'editing',
    });
  });

  it('refuses a selection in a form field', () => {
    document.body.innerHTML = article;
    const area = document.getElementById('area')!;
    const range = document.createRange();
    range.selectNodeContents(area);
    document.getSelection()!.addRange(range);
    expect(commandSelection(document, ready, spanInParagraph)).toEqual({ reason: 'excluded' });
  });

  it('refuses a selection that covers none of the article', () => {
    document.body.innerHTML = `${article}<footer id="foot">Contact the editors</footer>`;
    select('foot', 0, 7);
    expect(commandSelection(document, ready, spanInParagraph)).toEqual({
      reason: 'outside-article',
    });
  });
});

describe('refusalMessage', () => {
  const reasons: SelectionRefusal[] = [
    'off',
    'no-article',
    'no-selection',
    'excluded',
    'outside-article',
    'editing',
  ];

  it('says something different for each reason', () => {
    const messages = reasons.map((r) => refusalMessage(r, 'highlight'));
    expect(new Set(messages).size).toBe(reasons.length);
  });

  it('tells the reader what to do next', () => {
    expect(refusalMessage('no-selection', 'highlight')).toBe(
      'Select a passage of the article first, then highlight again.',
    );
    expect(refusalMessage('no-selection', 'note')).toBe(
      'Select a passage of the article first, then add a note again.',
    );
    expect(refusalMessage('off', 'note')).toMatch(/switched off on this site.*Turn it on/);
    expect(refusalMessage('no-article', 'highlight')).toMatch(/annotate the whole page/);
  });
});
