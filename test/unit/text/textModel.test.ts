// @vitest-environment happy-dom
// buildTextModel: the article's normalized text (breaks, blocks, whitespace, skipped content) and
// the map from every character back to its DOM text node and offset.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildTextModel,
  isSkippedElement,
  runAt,
  type TextModel,
} from '../../../lib/text/textModel';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
const textOf = (markup: string, options = {}) => buildTextModel([html(markup)], options).text;

/** The DOM character each model character came from ('' for a boundary with no source). */
function sourceChar(model: TextModel, i: number): string {
  const node = model.nodeIndex[i]!;
  return node < 0 ? '' : model.nodes[node]!.data.charAt(model.nodeOffset[i]!);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('buildTextModel: text', () => {
  it('turns <br> into a line break', () => {
    expect(textOf('<p>Global Forum on<br>Migration</p>')).toBe('Global Forum on\nMigration');
  });

  it('turns block boundaries into line breaks, even with no whitespace between blocks', () => {
    expect(
      textOf('<div>First</div><div>Second</div><h2>Head</h2><ul><li>a</li><li>b</li></ul>'),
    ).toBe('First\nSecond\nHead\na\nb');
  });

  it('runs inline elements together without adding whitespace', () => {
    expect(textOf('<p>Inter<em>national</em> <a href="#">Organization</a></p>')).toBe(
      'International Organization',
    );
  });

  it('collapses whitespace runs: one space, or one line break when the run holds a break', () => {
    expect(textOf('<p>  IOM   and\t\tUNHCR \n\n  met  </p>')).toBe('IOM and UNHCR\nmet');
    expect(textOf('<p>a\u00a0\u00a0b</p>')).toBe('a b');
  });

  it('has no whitespace at the start or the end', () => {
    expect(textOf('<div>\n  <p>  text  </p>\n</div><br><br>')).toBe('text');
  });

  it('produces separated words from FlippingBook textItem runs with no whitespace between', () => {
    const model = buildTextModel([
      html(
        '<div id="pageContainer"><p class="textItem" style="position:absolute;top:1%">where. Within weeks the International</p>' +
          '<p class="textItem" style="position:absolute;top:5%">Organization for Migration had opened</p></div>',
      ),
    ]);
    expect(model.text).toBe(
      'where. Within weeks the International\nOrganization for Migration had opened',
    );
    expect(model.text).not.toMatch(/InternationalOrganization/);
  });

  it('leaves out script, style, noscript, template and form controls', () => {
    expect(
      textOf(
        '<p>one</p><script>var IOM = 1;</script><style>.x{}</style><noscript>no</noscript>' +
          '<template>t</template><textarea>ta</textarea><button>b</button><p>two</p>',
      ),
    ).toBe('one\ntwo');
  });

  it('leaves out hidden, aria-hidden and inline display:none or visibility:hidden content', () => {
    expect(
      textOf(
        '<p>kept</p><div hidden>UNICEF</div><span aria-hidden="true">NATO</span>' +
          '<span style="display:none">OSCE</span><span style="visibility:hidden">WFP</span>' +
          '<span aria-hidden="false">shown</span>',
      ),
    ).toBe('kept\nshown');
  });

  it("leaves out the extension's own UI hosts", () => {
    expect(textOf('<p>article <span data-gloss-ui>card: IOM</span>text</p>')).toBe('article text');
  });

  it('leaves out elements the skip option rejects', () => {
    const skip = (el: Element) => el.classList.contains('share');
    expect(textOf('<p>body</p><div class="share">Share on X</div><p>more</p>', { skip })).toBe(
      'body\nmore',
    );
  });

  it('leaves out text nodes acceptText rejects, and puts a boundary in their place', () => {
    const acceptText = (node: Text) => !node.data.includes('ad:');
    expect(textOf('<p>before<span>ad: buy</span>after</p>', { acceptText })).toBe('before\nafter');
  });

  it('walks several roots in order with a boundary between them', () => {
    html('<p id="a">first root</p><p>between</p><p id="b">second root</p>');
    const roots = [document.getElementById('a')!, document.getElementById('b')!];
    expect(buildTextModel(roots).text).toBe('first root\nsecond root');
  });

  it('returns an empty model for an empty root', () => {
    const model = buildTextModel([html('')]);
    expect(model.text).toBe('');
    expect(model.nodes).toHaveLength(0);
    expect(model.nodeIndex).toHaveLength(0);
  });
});

describe('buildTextModel: map back to the DOM', () => {
  it('maps every non-whitespace character to the same character in its text node', () => {
    const model = buildTextModel([
      html('<p>The <b>International</b>\n Organization<br>for <i>Mig</i>ration</p><p>IOM</p>'),
    ]);
    expect(model.nodeIndex).toHaveLength(model.text.length);
    expect(model.nodeOffset).toHaveLength(model.text.length);
    for (let i = 0; i < model.text.length; i++) {
      const ch = model.text.charAt(i);
      if (ch === ' ' || ch === '\n') continue;
      expect(sourceChar(model, i)).toBe(ch);
    }
  });

  it('lists the text nodes in document order', () => {
    const model = buildTextModel([html('<p>one<b>two</b></p><p>three</p>')]);
    expect(model.nodes.map((n) => n.data)).toEqual(['one', 'two', 'three']);
    expect(model.nodeIndex[model.text.indexOf('three')]).toBe(2);
    expect(model.nodeOffset[model.text.indexOf('three') + 2]).toBe(2);
  });

  it('maps collapsed whitespace to where its run began, and block boundaries to no node', () => {
    const model = buildTextModel([html('<p>IOM   and</p><p>UNHCR</p>')]);
    expect(model.text).toBe('IOM and\nUNHCR');
    const space = model.text.indexOf(' ');
    expect(model.nodes[model.nodeIndex[space]!]!.data).toBe('IOM   and');
    expect(model.nodeOffset[space]).toBe(3);
    expect(model.nodeIndex[model.text.indexOf('\n')]).toBe(-1);
  });

  it('maps a <br> break to no node and the text around it to its own nodes', () => {
    const model = buildTextModel([html('<p>Global Forum on Migration and<br>Development</p>')]);
    const brk = model.text.indexOf('\n');
    expect(model.nodeIndex[brk]).toBe(-1);
    expect(model.nodes[model.nodeIndex[brk + 1]!]!.data).toBe('Development');
    expect(model.nodeOffset[brk + 1]).toBe(0);
    expect(model.nodeOffset[brk - 1]).toBe('Global Forum on Migration and'.length - 1);
  });
});

describe('buildTextModel: the map as runs', () => {
  const markup =
    '<p>  The <b>International</b>\n Organization<br>for <i>Mig</i>ration</p>' +
    '<p>IOM\u00a0\u00a0and   UNHCR </p><div><span hidden>x</span>Global  Forum</div>';

  it('starts a run at the first character, in increasing order', () => {
    const model = buildTextModel([html(markup)]);
    expect(model.runStart[0]).toBe(0);
    for (let k = 1; k < model.runStart.length; k++) {
      expect(model.runStart[k]!).toBeGreaterThan(model.runStart[k - 1]!);
    }
  });

  it('says for each character the same node and offset as the per-character maps', () => {
    const model = buildTextModel([html(markup)]);
    for (let i = 0; i < model.text.length; i++) {
      const k = runAt(model, i);
      expect(model.runStart[k]!).toBeLessThanOrEqual(i);
      if (k + 1 < model.runStart.length) expect(model.runStart[k + 1]!).toBeGreaterThan(i);
      expect(model.runNode[k]).toBe(model.nodeIndex[i]);
      if (model.runNode[k]! >= 0) {
        expect(model.runOffset[k]! + i - model.runStart[k]!).toBe(model.nodeOffset[i]);
      }
    }
  });

  it("keeps a node's text between collapsed whitespace as one run", () => {
    const model = buildTextModel([html('<p>IOM and UNHCR met</p>')]);
    expect(model.runStart).toEqual([0]);
    expect(model.runOffset).toEqual([0]);
  });
});

describe('isSkippedElement', () => {
  it('skips scripts and hidden elements but not ordinary ones', () => {
    html('<script></script><p hidden></p><div data-gloss-ui></div><p></p>');
    const [script, hidden, ui, plain] = Array.from(document.body.children);
    expect(isSkippedElement(script!)).toBe(true);
    expect(isSkippedElement(hidden!)).toBe(true);
    expect(isSkippedElement(ui!)).toBe(true);
    expect(isSkippedElement(plain!)).toBe(false);
  });
});
