// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isPaintedPart } from '../../../lib/paint/paintedElements';

describe('isPaintedPart', () => {
  it('knows the parts the extension painted, and nothing else with the same look', () => {
    document.body.innerHTML =
      '<fsj-gloss-term data-gloss-term="iom">IOM</fsj-gloss-term><fsj-gloss-term data-gloss-term="iom">IOM</fsj-gloss-term>';
    const [ours, forged] = [...document.querySelectorAll('fsj-gloss-term')];
    const painted = [{ parts: [ours!] }];
    expect(isPaintedPart(painted, ours!)).toBe(true);
    expect(isPaintedPart(painted, forged!)).toBe(false);
  });

  it('answers for each painting on its own', () => {
    const a = document.createElement('span');
    const b = document.createElement('span');
    expect(isPaintedPart([{ parts: [a] }], b)).toBe(false);
    expect(isPaintedPart([{ parts: [b] }], b)).toBe(true);
    expect(isPaintedPart([], a)).toBe(false);
  });
});
