// Re-anchoring one highlight after the article's text changed: where it is placed, exactly or approximately, and when it is left an orphan rather than put on the wrong words.
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorSelectors } from '../../../lib/anchoring/anchor';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { Anchor, Selectors } from '../../../lib/anchoring/types';

const ARTICLE = [
  'Along Chad’s eastern frontier, a dozen camps now hold nearly a quarter of a million people',
  'from Darfur. The Office of the U.N. High Commissioner for Refugees began a new round of',
  'registration there in September, and field staff say the numbers have barely moved in a',
  'year: few are going home, and few new arrivals are being recorded. Families that reach the',
  'camps now tend to come from the oases north of Guereda, where wells are failing and herds',
  'have thinned. Fingerprint kits arrived in October, and camp managers who had counted',
  'families by hand since 2004 welcomed them, though several warned that the generators they',
  'depend on break down often. The International Organization for Migration has offered to',
  'train local clerks, and colleagues there believe the same records could later support',
  'voluntary return once the border is calmer. Food is the other worry: the World Food',
  'Programme cut rations by a fifth in the summer, and relief workers expect further cuts.',
].join('\n');

/** Selectors for the first occurrence of `passage` in `text` (after `after`, if given). */
function highlight(text: string, passage: string, after = 0): Selectors {
  const start = text.indexOf(passage, after);
  if (start < 0) throw new Error(`no "${passage}" in the text`);
  return describeSpan(text, { start, end: start + passage.length });
}

/** The text an anchor covers, or null for an orphan. */
function placed(text: string, anchor: Anchor): string | null {
  return anchor.status === 'orphan' ? null : text.slice(anchor.start, anchor.end);
}

describe('anchorSelectors, when the text is unchanged', () => {
  it('takes the stored position when the quote is still exactly there', () => {
    const selectors = highlight(ARTICLE, 'a new round of\nregistration');
    expect(anchorSelectors(ARTICLE, selectors)).toEqual({
      status: 'exact',
      start: selectors.position.start,
      end: selectors.position.end,
    });
  });

  it('leaves every highlight an orphan in an empty text', () => {
    const selectors = highlight(ARTICLE, 'field staff');
    expect(anchorSelectors('', selectors)).toEqual({ status: 'orphan' });
    expect(anchorAll('', [selectors])).toEqual([{ status: 'orphan' }]);
  });

  it('ignores a stored position that lies outside the text', () => {
    const passage = 'Along Chad’s eastern frontier';
    const selectors = highlight(ARTICLE, passage);
    for (const start of [-3, ARTICLE.length + 10]) {
      selectors.position = { type: 'TextPositionSelector', start, end: start + passage.length };
      expect(anchorSelectors(ARTICLE, selectors)).toEqual({
        status: 'exact',
        start: 0,
        end: passage.length,
      });
    }
  });

  it('leaves a stored quote that is empty an orphan', () => {
    const selectors = highlight(ARTICLE, 'field staff');
    selectors.quote.exact = '';
    expect(anchorSelectors(ARTICLE, selectors).status).toBe('orphan');
  });
});

describe('anchorSelectors, after edits around and inside the quote', () => {
  const passage = 'camp managers who had counted\nfamilies by hand since 2004';

  it('follows the quote when text was inserted before it', () => {
    const selectors = highlight(ARTICLE, passage);
    const text = ARTICLE.replace('Along Chad’s', 'Far from the capital, along Chad’s');
    const anchor = anchorSelectors(text, selectors);
    expect(anchor.status).toBe('exact');
    expect(placed(text, anchor)).toBe(passage);
    expect(anchor).toMatchObject({ start: text.indexOf(passage) });
  });

  it('follows the quote when text was deleted right before it', () => {
    const selectors = highlight(ARTICLE, passage);
    const text = ARTICLE.replace('in October, and camp', 'in October; camp');
    expect(placed(text, anchorSelectors(text, selectors))).toBe(passage);
  });

  it('keeps the quote in place when text after it changed', () => {
    const selectors = highlight(ARTICLE, passage);
    const text = ARTICLE.replace('welcomed them, though several', 'were glad of them, but some');
    expect(anchorSelectors(text, selectors)).toMatchObject({
      status: 'exact',
      start: selectors.position.start,
    });
  });

  it('places a quote with a word changed inside it as fuzzy, over the changed passage', () => {
    const selectors = highlight(ARTICLE, passage);
    const text = ARTICLE.replace('had counted\nfamilies', 'had tallied\nfamilies');
    const anchor = anchorSelectors(text, selectors);
    expect(anchor.status).toBe('fuzzy');
    expect(placed(text, anchor)).toBe('camp managers who had tallied\nfamilies by hand since 2004');
    expect(anchor.status === 'fuzzy' && anchor.score).toBeGreaterThan(0.7);
  });

  it('places a long quote (several lines) with edits scattered inside it', () => {
    const long = ARTICLE.slice(
      ARTICLE.indexOf('Families that reach'),
      ARTICLE.indexOf(' The International'),
    );
    const selectors = highlight(ARTICLE, long);
    const changed = long
      .replace('tend to come', 'mostly come')
      .replace('herds\nhave thinned', 'herds have\nthinned')
      .replace('since 2004', 'since 2003')
      .replace('generators they\ndepend on', 'generators they\nrely on');
    const text = ARTICLE.replace(long, changed);
    const anchor = anchorSelectors(text, selectors);
    expect(anchor.status).toBe('fuzzy');
    expect(placed(text, anchor)).toBe(changed);
  });
});

describe('anchorSelectors, with the dirty text of FSJ pages', () => {
  const passage = 'a new round of\nregistration there in September';

  it('finds the quote when line breaks and spaces moved', () => {
    const selectors = highlight(ARTICLE, passage);
    const moved = 'a new\nround of registration there in September';
    const text = ARTICLE.replace(passage, moved);
    const anchor = anchorSelectors(text, selectors);
    expect(anchor.status).toBe('fuzzy');
    expect(placed(text, anchor)).toBe(moved);
  });

  it('finds the quote when a space was lost or added', () => {
    const selectors = highlight(ARTICLE, passage);
    for (const changed of [
      'a new roundof\nregistration there in September',
      'a new round of\nregis tration there in September',
    ]) {
      const text = ARTICLE.replace(passage, changed);
      expect(placed(text, anchorSelectors(text, selectors))).toBe(changed);
    }
  });

  it('finds the quote across a hyphenated line break, and without one', () => {
    const plain = 'relief workers expect further cuts';
    const broken = 'relief workers expect fur-\nther cuts';
    const fromPlain = highlight(ARTICLE, plain);
    const hyphenated = ARTICLE.replace(plain, broken);
    expect(placed(hyphenated, anchorSelectors(hyphenated, fromPlain))).toBe(broken);
    const fromBroken = highlight(hyphenated, broken);
    expect(placed(ARTICLE, anchorSelectors(ARTICLE, fromBroken))).toBe(plain);
  });

  it('finds the quote when lost ligatures were repaired ("Ofce" → "Office", "Te" → "The")', () => {
    const dirty = ARTICLE.replace('The Office of', 'Te Ofce of');
    const selectors = highlight(dirty, 'Te Ofce of the U.N. High Commissioner');
    const anchor = anchorSelectors(ARTICLE, selectors);
    expect(anchor.status).toBe('fuzzy');
    expect(placed(ARTICLE, anchor)).toBe('The Office of the U.N. High Commissioner');
  });

  it('finds the quote when ligatures were lost ("offered" → "ofered", "fifth" → "ffth")', () => {
    const selectors = highlight(ARTICLE, 'has offered to\ntrain local clerks');
    const dirty = ARTICLE.replace('has offered to', 'has ofered to').replace('a fifth', 'a ffth');
    expect(placed(dirty, anchorSelectors(dirty, selectors))).toBe(
      'has ofered to\ntrain local clerks',
    );
    const cuts = highlight(ARTICLE, 'cut rations by a fifth in the summer');
    expect(placed(dirty, anchorSelectors(dirty, cuts))).toBe('cut rations by a ffth in the summer');
  });
});

describe('anchorSelectors, with a quote that occurs more than once', () => {
  const stanza = (place: string) =>
    `Registration resumed in ${place} after the rains.\nThe camps were full again.\n`;
  const text = ['Abeche', 'Goz Beida', 'Iriba', 'Bahai'].map(stanza).join('');
  const quote = 'The camps were full again.';

  it('picks the occurrence whose context matches, wherever the text shifted', () => {
    const third = text.indexOf(quote, text.indexOf('Iriba'));
    const selectors = describeSpan(text, { start: third, end: third + quote.length });
    const shifted = `A report from the field.\n${text}`;
    const anchor = anchorSelectors(shifted, selectors);
    expect(anchor).toMatchObject({
      status: 'exact',
      start: shifted.indexOf(quote, shifted.indexOf('Iriba')),
    });
  });

  it('picks the occurrence whose context matches even when its stored position is far off', () => {
    const third = text.indexOf(quote, text.indexOf('Iriba'));
    const selectors = describeSpan(text, { start: third, end: third + quote.length });
    const reordered = ['Iriba', 'Bahai', 'Abeche', 'Goz Beida'].map(stanza).join('');
    const anchor = anchorSelectors(reordered, selectors);
    expect(anchor).toMatchObject({ status: 'exact', start: reordered.indexOf(quote) });
  });

  it('picks the occurrence nearest the stored position when the contexts are identical', () => {
    const same = stanza('Abeche').repeat(5);
    const fourth = same.split(quote, 4).join(quote).length;
    const selectors = describeSpan(same, { start: fourth, end: fourth + quote.length });
    const shifted = `Note. ${same}`;
    const anchor = anchorSelectors(shifted, selectors);
    expect(anchor).toMatchObject({ start: fourth + 'Note. '.length });
  });
});

describe('anchorSelectors, when the passage is gone', () => {
  it('leaves an orphan when the passage was rewritten beyond recognition', () => {
    const passage = 'Fingerprint kits arrived in October';
    const selectors = highlight(ARTICLE, passage);
    const text = ARTICLE.replace(passage, 'Nothing of the sort reached the east this year');
    expect(anchorSelectors(text, selectors)).toEqual({ status: 'orphan' });
  });

  it('leaves an orphan rather than a look-alike elsewhere when the passage was deleted', () => {
    const selectors = highlight(ARTICLE, 'the numbers have barely moved');
    const text = ARTICLE.replace(
      'field staff say the numbers have barely moved in a\nyear',
      'it is quiet',
    ).concat('\nElsewhere the numbers have hardly moved at all.');
    expect(anchorSelectors(text, selectors)).toEqual({ status: 'orphan' });
  });

  it('leaves an orphan when the whole article was replaced', () => {
    const selectors = highlight(ARTICLE, 'voluntary return once the border is calmer');
    const other = 'A different page about consular work in Lisbon, passports and visas.';
    expect(anchorSelectors(other, selectors)).toEqual({ status: 'orphan' });
  });

  it('turns a weak fuzzy placement into an orphan when asked for a higher minimum score', () => {
    const selectors = highlight(ARTICLE, 'camp managers who had counted');
    const text = ARTICLE.replace('camp managers who had counted', 'camp chiefs who had counted');
    const lenient = anchorSelectors(text, selectors);
    expect(lenient.status).toBe('fuzzy');
    expect(anchorSelectors(text, selectors, { minScore: 0.999 }).status).toBe('orphan');
  });
});

describe('anchorSelectors, at the very start and end of the text', () => {
  it('finds a quote at the very start, also after text was added before it', () => {
    const selectors = highlight(ARTICLE, 'Along Chad’s eastern frontier');
    expect(selectors.quote.prefix).toBe('');
    expect(anchorSelectors(ARTICLE, selectors)).toMatchObject({ status: 'exact', start: 0 });
    const text = `CHAD\n${ARTICLE}`;
    expect(anchorSelectors(text, selectors)).toMatchObject({ status: 'exact', start: 5 });
  });

  it('finds a quote at the very end, also after text was added after it', () => {
    const passage = 'relief workers expect further cuts.';
    const selectors = highlight(ARTICLE, passage);
    expect(selectors.quote.suffix).toBe('');
    const text = `${ARTICLE}\nThe next report is due in March.`;
    expect(placed(text, anchorSelectors(text, selectors))).toBe(passage);
  });
});

describe('anchorAll', () => {
  it('answers in the order given, as anchorSelectors does one by one on unchanged text', () => {
    const list = ['the oases', 'Fingerprint kits', 'Along Chad’s', 'the World Food'].map((p) =>
      highlight(ARTICLE, p),
    );
    expect(anchorAll(ARTICLE, list)).toEqual(list.map((s) => anchorSelectors(ARTICLE, s)));
  });

  it('uses the shift of neighbouring highlights to tell identical repeats apart', () => {
    const part = 'The camps were full again, and the wells were dry.\n';
    const text = `A dispatch from eastern Chad, March 2013.\n${part.repeat(6)}`;
    const third = text.indexOf(part) + 2 * part.length + 4;
    const list = [
      highlight(text, 'A dispatch from eastern Chad'),
      describeSpan(text, { start: third, end: third + 'camps were full'.length }),
    ];
    // More than half a repeat inserted at the top: the repeat nearest the stored position of the
    // second highlight is now the one before it, with the very same words around it.
    const added = 'Filed late, after the rains cut the road to Abeche.\n';
    const changed = added + text;
    expect(anchorSelectors(changed, list[1]!)).toMatchObject({
      start: third + added.length - part.length,
    });
    expect(anchorAll(changed, list)).toMatchObject([
      { status: 'exact', start: added.length },
      { status: 'exact', start: third + added.length },
    ]);
  });
});
