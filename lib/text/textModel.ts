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
  const chars: string[] = [];
  const nodeIndex: number[] = [];
  const nodeOffset: number[] = [];
  const nodes: Text[] = [];
  // Pending whitespace: 0 none, 1 space, 2 line break; with where it came from.
  let pending = 0;
  let pendingNode = -1;
  let pendingOffset = 0;

  const flushPending = () => {
    if (pending !== 0 && chars.length > 0) {
      chars.push(pending === 2 ? '\n' : ' ');
      nodeIndex.push(pendingNode);
      nodeOffset.push(pendingOffset);
    }
    pending = 0;
    pendingNode = -1;
  };
  const addBoundary = () => {
    pending = 2;
    pendingNode = -1;
  };

  const visitText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    const index = nodes.length;
    nodes.push(node);
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        const kind = code === 10 || code === 13 ? 2 : 1;
        if (pending === 0) {
          pendingNode = index;
          pendingOffset = i;
        }
        if (kind > pending) pending = kind;
        continue;
      }
      flushPending();
      chars.push(data.charAt(i));
      nodeIndex.push(index);
      nodeOffset.push(i);
    }
  };

  for (const root of roots) {
    addBoundary();
    // Iterative depth-first walk, with a marker for leaving block elements.
    const stack: (Node | null)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null) {
        addBoundary();
        continue;
      }
      if (node === undefined) break;
      if (node.nodeType === 3) {
        if (acceptText === undefined || acceptText(node as Text)) visitText(node as Text);
        else if ((node as Text).data.trim() !== '') addBoundary();
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (isSkippedElement(element) || (skip !== undefined && skip(element))) continue;
        if (BLOCK_TAGS.has(element.tagName.toUpperCase())) {
          addBoundary();
          stack.push(null);
        }
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
    }
  }
  return {
    text: chars.join(''),
    nodes,
    nodeIndex: Int32Array.from(nodeIndex),
    nodeOffset: Int32Array.from(nodeOffset),
  };
}
