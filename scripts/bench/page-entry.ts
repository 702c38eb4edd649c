// The benchmark's in-page half: bundled into an IIFE (see bundle.ts) and injected into a page, it
// runs the content script's pipeline and its parts on that page and times them with performance.now.
// Exposes `window.fsjBench`; every timing is taken inside the page, so no driver round trip counts.

import glossaryNames from 'virtual:fsj-glossary-names';
import { findArticle } from '../../lib/article/findArticle';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../lib/glossary';
import { NOT_BODIES } from '../../lib/glossary/data/notBodies';
import { CORE_ENTRIES } from '../../lib/glossary/entries';
import { loadGlossary, type PrecompiledGlossary } from '../../lib/glossary/loadGlossary';
import { compileGlossary, matchGlossary, type CompiledGlossary } from '../../lib/glossary/matcher';
import { precompileGlossary } from '../../lib/glossary/precompile';
import { toMatchingEntries } from '../../lib/glossary/types';
import { nameVariants } from '../../lib/glossary/variants';
import { applyOverlay } from '../../lib/overlay/applyOverlay';
import type { OverlayPhase } from '../../lib/overlay/overlay';
import { paintOccurrences, TERM_TAG, WRAPPER_RULE } from '../../lib/paint/paintOccurrences';
import { spanPieces } from '../../lib/paint/spanPieces';
import { buildTextModel, UI_HOST_ATTRIBUTE, type TextModel } from '../../lib/text/textModel';
import type { Occurrence } from '../../lib/glossary/matcher';
import { longNodeText } from '../corpus/hugePages';
import { syntheticGlossary } from './synthetic';

interface MarkInstance {
  mark(terms: string[], options: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
declare const Mark: new (element: Element) => MarkInstance;

export interface Timed {
  ms: number;
  count: number;
}

/** One wrapper of the bare loop: where it goes, and what it carries. */
interface BarePiece {
  from: number;
  to: number;
  entryId: string;
  number: string;
  first: boolean;
}

/** For the bare loop: each text node's pieces, last first, worked out before the clock starts. */
function barePieces(model: TextModel, found: readonly Occurrence[]): [Text, BarePiece[]][] {
  const byNode = new Map<number, BarePiece[]>();
  found.forEach((o, i) => {
    spanPieces(model, o.start, o.end).forEach((piece, part) => {
      const bare = { ...piece, entryId: o.entryId, number: String(i + 1), first: part === 0 };
      const list = byNode.get(piece.node);
      if (list === undefined) byNode.set(piece.node, [bare]);
      else list.push(bare);
    });
  });
  return [...byNode].map(([n, list]) => [model.nodes[n]!, list.sort((a, b) => b.from - a.from)]);
}

/**
 * The floor for painting: the same DOM work as paintOccurrences on the same pieces (split the
 * same text nodes at the same offsets, make the same wrappers with the same attributes, move
 * the same text into them, add the same style element), in the plainest loop, with nothing kept
 * but what undoing it needs.
 */
function bareLoop(doc: Document, groups: readonly [Text, BarePiece[]][]): () => void {
  const created: Node[] = [];
  const datas: [Text, string][] = [];
  const style = doc.createElement('style');
  style.setAttribute(UI_HOST_ATTRIBUTE, '');
  style.textContent = WRAPPER_RULE;
  (doc.head ?? doc.documentElement).appendChild(style);
  created.push(style);
  for (const [node, pieces] of groups) {
    datas.push([node, node.data]);
    for (const piece of pieces) {
      if (piece.to < node.data.length) created.push(node.splitText(piece.to));
      const middle = node.splitText(piece.from);
      const wrapper = doc.createElement(TERM_TAG);
      wrapper.setAttribute('data-gloss-term', piece.entryId);
      wrapper.setAttribute('data-gloss-occurrence', piece.number);
      if (piece.first) wrapper.setAttribute('tabindex', '0');
      middle.parentNode!.insertBefore(wrapper, middle);
      wrapper.appendChild(middle);
      created.push(wrapper);
    }
  }
  return () => {
    for (const extra of created) extra.parentNode?.removeChild(extra);
    for (const [node, data] of datas) node.data = data;
  };
}

/** The closest mark.js equivalent of "a whole word": 'exactly', with punctuation as limiters. */
const LIMITERS = [
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '’',
  '“',
  '”',
  '-',
  '/',
];

let root: Element | null = null;
let original = '';
let compiled: CompiledGlossary | null = null;
let big: CompiledGlossary | null = null;
const precompiled: Record<number, string> = {};
let markTerms: { names: string[]; acronyms: string[] } | null = null;
/** The first 63 entries ('core') and the whole glossary ('full'), baked and loaded as shipped. */
type GlossarySize = 'core' | 'full';
const bakedJson: Partial<Record<GlossarySize, string>> = {};
const bakedLoaded: Partial<Record<GlossarySize, CompiledGlossary>> = {};
const entriesOf = (which: GlossarySize) => (which === 'core' ? CORE_ENTRIES : GLOSSARY);

function article(): Element {
  if (root === null) throw new Error('call setup() first');
  return root;
}

const api = {
  /**
   * What the content script does on a page load: load the glossary baked in at build time (the
   * same `virtual:fsj-glossary-names` module), find the article, model, match, paint. Each phase is
   * timed; then the style and layout that the painting costs the page are forced and timed apart
   * (the page's own layout is brought up to date first, outside every timing).
   */
  contentScript(): Timed & {
    state: string | null;
    loadMs: number;
    phases: Record<OverlayPhase, number>;
    layoutMs: number;
  } {
    document.documentElement.getBoundingClientRect();
    const t0 = performance.now();
    const glossary = loadGlossary(glossaryNames);
    const t1 = performance.now();
    const phases = { article: 0, 'text model': 0, matching: 0, painting: 0 };
    let last = t1;
    const overlay = applyOverlay(document, glossary, 'article', (phase) => {
      const now = performance.now();
      phases[phase] = now - last;
      last = now;
    });
    const ms = performance.now() - t0;
    const t2 = performance.now();
    document.documentElement.getBoundingClientRect();
    const layoutMs = performance.now() - t2;
    return {
      ms,
      loadMs: t1 - t0,
      phases,
      layoutMs,
      count: overlay.occurrences.length,
      state: overlay.state,
    };
  },

  /** Locates the article (as the content script would), repeated `times` over; its text length. */
  setup(times: number): { chars: number; crossOriginIsolated: boolean } {
    if (root === null) {
      const found = findArticle(document);
      if (found === null) throw new Error('no article on this page');
      root = found.roots[0]!;
      original = root.innerHTML;
    }
    root.innerHTML = original.repeat(times);
    compiled ??= loadGlossary(glossaryNames);
    return {
      chars: (root.textContent ?? '').length,
      crossOriginIsolated: self.crossOriginIsolated,
    };
  },

  /** Text model + matching + painting over the whole article element; unpainted afterwards. */
  ourPass(): Timed {
    const doc = document;
    const t0 = performance.now();
    const model = buildTextModel([article()]);
    const painting = paintOccurrences(doc, model, matchGlossary(compiled!, model.text));
    const ms = performance.now() - t0;
    painting.remove();
    return { ms, count: painting.occurrences.length };
  },

  /** The same pass, its three steps timed apart. */
  ourPassSteps(): { model: number; match: number; paint: number } {
    const t0 = performance.now();
    const model = buildTextModel([article()]);
    const t1 = performance.now();
    const found = matchGlossary(compiled!, model.text);
    const t2 = performance.now();
    const painting = paintOccurrences(document, model, found);
    const t3 = performance.now();
    painting.remove();
    return { model: t1 - t0, match: t2 - t1, paint: t3 - t2 };
  },

  /**
   * Painting alone, ours against the bare loop doing the same DOM work on the same pieces (the
   * text model, matching and the pieces made before the clock starts); each undone untimed.
   * Which one goes first alternates with `oursFirst`, so that neither always meets a warm DOM.
   * (Both undo to the same nodes, so the model stays true to the DOM for the next run.)
   */
  paintAgainstBare(oursFirst: boolean): { ours: number; bare: number; count: number } {
    const model = buildTextModel([article()]);
    const found = matchGlossary(compiled!, model.text);
    const timeOurs = () => {
      const t0 = performance.now();
      const painting = paintOccurrences(document, model, found);
      const ms = performance.now() - t0;
      painting.remove();
      return ms;
    };
    const timeBare = () => {
      const groups = barePieces(model, found);
      const t0 = performance.now();
      const undo = bareLoop(document, groups);
      const ms = performance.now() - t0;
      undo();
      return ms;
    };
    const first = oursFirst ? timeOurs() : timeBare();
    const second = oursFirst ? timeBare() : timeOurs();
    return {
      ours: oursFirst ? first : second,
      bare: oursFirst ? second : first,
      count: found.length,
    };
  },

  /** Text model + matching (no painting) over the whole article element. */
  modelAndMatch(): Timed {
    const t0 = performance.now();
    const model = buildTextModel([article()]);
    const found = matchGlossary(compiled!, model.text);
    return { ms: performance.now() - t0, count: found.length };
  },

  /**
   * Painting one text node of 1 MB naming 31,650 bodies (the robustness run's
   * huge-text-node-1mb), in a paragraph of its own; unpainted and taken away afterwards.
   */
  paintLongNode(): Timed {
    const p = document.createElement('p');
    p.textContent = longNodeText();
    document.body.appendChild(p);
    const model = buildTextModel([p]);
    const found = matchGlossary(compiled!, model.text);
    const t0 = performance.now();
    const painting = paintOccurrences(document, model, found);
    const ms = performance.now() - t0;
    painting.remove();
    p.remove();
    return { ms, count: found.length };
  },

  /** Every name variant and acronym of the first 63 entries, for mark.js. */
  markTermCount(): { names: number; acronyms: number } {
    if (markTerms === null) {
      const names = new Set<string>();
      const acronyms = new Set<string>();
      // The first 63 entries' terms: with the full glossary's, mark.js's term regex overflows the
      // stack. Our pass, timed against it, matches the full glossary.
      for (const entry of CORE_ENTRIES) {
        for (const name of [entry.name, ...entry.aliases]) {
          for (const variant of nameVariants(name)) names.add(variant);
        }
        for (const acronym of entry.acronyms) acronyms.add(acronym);
      }
      markTerms = { names: [...names], acronyms: [...acronyms] };
    }
    return { names: markTerms.names.length, acronyms: markTerms.acronyms.length };
  },

  /** mark.js marking the same terms in the same element; unmarked afterwards. */
  markPass(): Timed {
    api.markTermCount();
    const terms = markTerms!;
    let count = 0;
    const common = {
      separateWordSearch: false,
      acrossElements: true,
      accuracy: { value: 'exactly', limiters: LIMITERS },
      done: (n: number) => {
        count += n;
      },
    };
    const marker = new Mark(article());
    const t0 = performance.now();
    marker.mark(terms.names, { ...common, caseSensitive: false });
    marker.mark(terms.acronyms, { ...common, caseSensitive: true });
    const ms = performance.now() - t0;
    marker.unmark();
    return { ms, count };
  },

  /** The floor: a bare TreeWalker over the article's text nodes, concatenating their data. */
  treeWalk(): Timed {
    const t0 = performance.now();
    const walker = document.createTreeWalker(article(), NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) parts.push((n as Text).data);
    const text = parts.join('');
    const ms = performance.now() - t0;
    return { ms, count: text.length };
  },

  /** Compiles the real glossary, or the real one plus `synthetic` made-up entries, at run time. */
  compile(synthetic: number): Timed {
    const entries = synthetic > 0 ? [...GLOSSARY, ...syntheticGlossary(synthetic)] : GLOSSARY;
    const t0 = performance.now();
    const result = compileGlossary(entries);
    const ms = performance.now() - t0;
    if (synthetic > 0) big = result;
    return { ms, count: result.patterns.length };
  },

  /** The content script's path for the same glossaries: precompiled here, untimed; then loaded. */
  load(synthetic: number): Timed {
    const entries = synthetic > 0 ? [...GLOSSARY, ...syntheticGlossary(synthetic)] : GLOSSARY;
    precompiled[synthetic] ??= JSON.stringify(precompileGlossary(toMatchingEntries(entries)));
    const data = JSON.parse(precompiled[synthetic]) as PrecompiledGlossary;
    const t0 = performance.now();
    const result = loadGlossary(data);
    const ms = performance.now() - t0;
    return { ms, count: result.patterns.length };
  },

  /**
   * The glossary as the build bakes it (with the phrases that name no body), parsed from its JSON
   * and loaded, as the document that reads pages does; the load is timed, the baking is not.
   */
  loadBaked(which: GlossarySize): Timed & { bytes: number } {
    bakedJson[which] ??= JSON.stringify(
      precompileGlossary(toMatchingEntries(entriesOf(which)), NOT_BODIES),
    );
    const t0 = performance.now();
    const loaded = loadGlossary(JSON.parse(bakedJson[which]) as PrecompiledGlossary);
    const ms = performance.now() - t0;
    bakedLoaded[which] = loaded;
    return { ms, count: loaded.patterns.length, bytes: bakedJson[which].length };
  },

  /** Matching the article's text (at its current size) with the core or the full glossary. */
  matchBaked(which: GlossarySize): Timed {
    const glossary = bakedLoaded[which];
    if (glossary === undefined) throw new Error('call loadBaked() first');
    const text = buildTextModel([article()]).text;
    const t0 = performance.now();
    const found = matchGlossary(glossary, text);
    return { ms: performance.now() - t0, count: found.length };
  },

  /**
   * The card's text lookup (the background's, by entry id), per lookup over every id of the core
   * or the full glossary, 200 rounds.
   */
  cardLookup(which: GlossarySize): Timed {
    const ids = entriesOf(which).map((e) => e.id);
    const byId = which === 'core' ? new Map(CORE_ENTRIES.map((e) => [e.id, e])) : GLOSSARY_BY_ID;
    let found = 0;
    const t0 = performance.now();
    for (let round = 0; round < 200; round++)
      for (const id of ids) if (byId.get(id) !== undefined) found++;
    return { ms: (performance.now() - t0) / (200 * ids.length), count: found / 200 };
  },

  /** The matching pass alone over the article's text, with the real or the big glossary. */
  matchOnly(which: 'real' | 'big'): Timed {
    const glossary = which === 'real' ? compiled! : big!;
    const text = buildTextModel([article()]).text;
    const t0 = performance.now();
    const found = matchGlossary(glossary, text);
    const ms = performance.now() - t0;
    return { ms, count: found.length };
  },
};

export type BenchApi = typeof api;

(window as unknown as { fsjBench: BenchApi }).fsjBench = api;
