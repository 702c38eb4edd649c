// The article's text model: one normalized string for the article, and for every character of it
// the DOM text node and offset it came from. Matching, painting and (later) anchoring all run on
// this one string, built by one walk of the article.
//
// Normalization: runs of whitespace become one character, "\n" when the run holds a line break, a
// <br> or a block boundary, " " otherwise; block elements and <br> count as whitespace even where
// the page has none (FlippingBook's `<p class="textItem">` runs); scripts, styles, hidden elements
// and the extension's own UI are left out.

export interface TextModel {
  /** The article's text, whitespace normalized. */
  readonly text: string;
  /** The text nodes the characters came from. */
  readonly nodes: readonly Text[];
  /**
   * The same map as `nodeIndex` and `nodeOffset`, in runs: run k covers the characters from
   * `runStart[k]` up to the next run's start (or the end of the text), which came from node
   * `runNode[k]` (-1: whitespace standing for a boundary) from offset `runOffset[k]` on, one for
   * one. Painting reads the map this way; it is what the model is built as.
   */
  readonly runStart: readonly number[];
  readonly runNode: readonly number[];
  readonly runOffset: readonly number[];
  /** For each character: index into `nodes`, or -1 for whitespace standing for a boundary. */
  readonly nodeIndex: Int32Array;
  /** For each character: offset in its text node (meaningless where nodeIndex is -1). */
  readonly nodeOffset: Int32Array;
}

export interface TextModelOptions {
  /** Elements (and everything inside them) to leave out, besides the ones always left out. */
  skip?: (element: Element) => boolean;
  /** Text nodes to leave out; a left-out node counts as a boundary, like a block. */
  acceptText?: (node: Text) => boolean;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'math',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'IMG',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Attribute that marks the extension's own UI hosts; the text model never reads inside them. */
export const UI_HOST_ATTRIBUTE = 'data-gloss-ui';

/** Whether an element's content is never part of the article's text. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  // Every other test reads an attribute (inline styles too: the style attribute reflects them).
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(UI_HOST_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * The whitespace in a text node that the model does not keep as it is: runs of two or more, any
 * whitespace other than a plain space, and a space at either end. (A single space between two
 * other characters stays, inside its run of text.) Found by the regular expression engine, so a
 * node is read in a few native calls rather than character by character.
 */
const COLLAPSED = /[ \t\n\f\r\u00a0]{2,}|[\t\n\f\r\u00a0]|^ | $/g;

/** The run with the character at `index`: the last run starting at or before it. */
export function runAt(model: TextModel, index: number): number {
  const starts = model.runStart;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The per-character maps of a model's runs. */
function characterMaps(
  length: number,
  runStart: readonly number[],
  runNode: readonly number[],
  runOffset: readonly number[],
): { nodeIndex: Int32Array; nodeOffset: Int32Array } {
  const nodeIndex = new Int32Array(length);
  const nodeOffset = new Int32Array(length);
  for (let k = 0; k < runStart.length; k++) {
    const from = runStart[k]!;
    const to = k + 1 < runStart.length ? runStart[k + 1]! : length;
    nodeIndex.fill(runNode[k]!, from, to);
    const offset = runOffset[k]! - from;
    for (let i = from; i < to; i++) nodeOffset[i] = offset + i;
  }
  return { nodeIndex, nodeOffset };
}

/** Builds the text model of the given article roots, in document order. */
export function buildTextModel(roots: readonly Node[], options: TextModelOptions = {}): TextModel {
  const skip = options.skip;
  const acceptText = options.acceptText;
  // The text is kept as pieces (runs of a node's text, and single whitespace characters), the map
  // as runs; `length` characters so far. (One function with no closures: the loop's state stays in
  // local variables.)
  const parts: string[] = [];
  const runStart: number[] = [];
  const runNode: number[] = [];
  const runOffset: number[] = [];
  let length = 0;
  const nodes: Text[] = [];
  // Pending whitespace: 0 none, 1 space, 2 line break; with where it came from. A boundary (a
  // block, a <br>, a left-out text) is a pending line break from nowhere (node -1).
  let pending = 0;
  let pendingNode = -1;
  let pendingOffset = 0;

  for (const root of roots) {
    pending = 2;
    pendingNode = -1;
    // Iterative depth-first walk, with a marker (null) for leaving block elements.
    const stack: (Node | null)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null) {
        pending = 2;
        pendingNode = -1;
        continue;
      }
      if (node === undefined) break;
      const type = node.nodeType;
      if (type === 1) {
        const element = node as Element;
        if (isSkippedElement(element) || (skip !== undefined && skip(element))) continue;
        const tag = element.tagName;
        if (BLOCK_TAGS.has(tag) || BLOCK_TAGS.has(tag.toUpperCase())) {
          pending = 2;
          pendingNode = -1;
          stack.push(null);
        }
      } else if (type === 3) {
        const data = (node as Text).data;
        if (acceptText !== undefined && !acceptText(node as Text)) {
          if (data.trim() !== '') {
            pending = 2;
            pendingNode = -1;
          }
          continue;
        }
        if (data.length === 0) continue;
        const index = nodes.length;
        nodes.push(node as Text);
        // Text up to each collapsed whitespace run goes in as it is; the run becomes pending.
        let from = 0;
        COLLAPSED.lastIndex = 0;
        for (;;) {
          const found = COLLAPSED.exec(data);
          const to = found === null ? data.length : found.index;
          if (to > from) {
            if (pending !== 0) {
              // The whitespace before this text, as one character (none at the very start).
              if (length > 0) {
                parts.push(pending === 2 ? '\n' : ' ');
                runStart.push(length++);
                runNode.push(pendingNode);
                runOffset.push(pendingOffset);
              }
              pending = 0;
              pendingNode = -1;
            }
            parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
            runStart.push(length);
            runNode.push(index);
            runOffset.push(from);
            length += to - from;
          }
          if (found === null) break;
          const run = found[0];
          from = to + run.length;
          if (pending === 0) {
            pendingNode = index;
            pendingOffset = to;
          }
          if (run.includes('\n') || run.includes('\r')) pending = 2;
          else if (pending === 0) pending = 1;
          if (from >= data.length) break;
        }
        continue;
      } else if (type !== 9 && type !== 11) {
        continue;
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
    }
  }
  let maps: { nodeIndex: Int32Array; nodeOffset: Int32Array } | null = null;
  const mapsOf = () => (maps ??= characterMaps(length, runStart, runNode, runOffset));
  return {
    text: parts.join(''),
    nodes,
    runStart,
    runNode,
    runOffset,
    // The per-character maps are made only if something reads them.
    get nodeIndex() {
      return mapsOf().nodeIndex;
    },
    get nodeOffset() {
      return mapsOf().nodeOffset;
    },
  };
}
