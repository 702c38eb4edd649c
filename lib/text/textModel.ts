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

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 0xa0;
}

/** Builds the text model of the given article roots, in document order. */
export function buildTextModel(roots: readonly Node[], options: TextModelOptions = {}): TextModel {
  const skip = options.skip;
  const acceptText = options.acceptText;
  // The text is kept as pieces (runs of a node's text, and single whitespace characters); the
  // per-character maps as typed arrays that grow by doubling. `length` characters so far. (One
  // function with no closures: the loop's state stays in local variables.)
  const parts: string[] = [];
  // Room for every character of the roots' text: enough unless left-out text made boundaries.
  let capacity = 64;
  for (const root of roots) capacity += root.textContent?.length ?? 0;
  let nodeIndex = new Int32Array(capacity);
  let nodeOffset = new Int32Array(capacity);
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
        if (length + data.length + 1 > nodeIndex.length) {
          const size = Math.max(nodeIndex.length * 2, length + data.length + 1);
          const grownIndex = new Int32Array(size);
          const grownOffset = new Int32Array(size);
          grownIndex.set(nodeIndex);
          grownOffset.set(nodeOffset);
          nodeIndex = grownIndex;
          nodeOffset = grownOffset;
        }
        let run = -1;
        for (let i = 0; i < data.length; i++) {
          const code = data.charCodeAt(i);
          if (isSpace(code)) {
            if (
              code === 32 &&
              run >= 0 &&
              i + 1 < data.length &&
              !isSpace(data.charCodeAt(i + 1))
            ) {
              // One space between two characters of this node stays as it is, within the run.
              // (pendingOffset as the general case leaves it, for the offsets of boundaries.)
              pendingOffset = i;
              nodeIndex[length] = index;
              nodeOffset[length++] = i;
              continue;
            }
            if (run >= 0) {
              parts.push(data.slice(run, i));
              run = -1;
            }
            if (pending === 0) {
              pendingNode = index;
              pendingOffset = i;
            }
            if (code === 10 || code === 13) pending = 2;
            else if (pending === 0) pending = 1;
            continue;
          }
          if (pending !== 0) {
            // The whitespace before this character, as one character (none at the very start).
            if (length > 0) {
              parts.push(pending === 2 ? '\n' : ' ');
              nodeIndex[length] = pendingNode;
              nodeOffset[length++] = pendingOffset;
            }
            pending = 0;
            pendingNode = -1;
          }
          if (run < 0) run = i;
          nodeIndex[length] = index;
          nodeOffset[length++] = i;
        }
        if (run >= 0) parts.push(run === 0 ? data : data.slice(run));
        continue;
      } else if (type !== 9 && type !== 11) {
        continue;
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
    }
  }
  return {
    text: parts.join(''),
    nodes,
    nodeIndex: nodeIndex.subarray(0, length),
    nodeOffset: nodeOffset.subarray(0, length),
  };
}
