// Camel humps: the stretches of text around a capital between two lower-case letters, which the
// matcher reads again with a space opened there.
import { describe, expect, it } from 'vitest';
import { humpWindows as windowsOf } from '../../../lib/glossary/humps';
import { foldCodes } from '../../../lib/glossary/normalize';

/** The windows of `text`, with its humps found as the matcher finds them: while folding it. */
function humpWindows(text: string) {
  const humps: number[] = [];
  foldCodes(text, false, humps);
  return windowsOf(text, humps);
}

describe('humpWindows', () => {
  it('finds nothing in text without humps', () => {
    expect(humpWindows('The German Marshall Fund, USAIDAdministrator, FSNs and DoD')).toEqual([]);
  });

  it('gives a window of whole words around a hump, which a span must cross to count', () => {
    const text = 'a fellow of the GermanMarshall Fund said';
    const [window] = humpWindows(text);
    expect(text.slice(window!.start, window!.end)).toBe(text);
    const at = text.indexOf('German');
    expect(window!.spansHump(at, at + 'GermanMarshall Fund'.length)).toBe(true);
    expect(window!.spansHump(at, at + 'German'.length)).toBe(false);
  });

  it('joins humps close together into one window and keeps far ones apart', () => {
    expect(humpWindows('theWhite House and theForeign Service')).toHaveLength(1);
    const far = `theWhite House ${'word '.repeat(60)}theForeign Service`;
    expect(humpWindows(far)).toHaveLength(2);
  });
});
