// An Aho-Corasick automaton: finds every occurrence of many patterns in one left-to-right pass over
// a text, whatever the number of patterns. Built once from the folded glossary names.
//
// The trie lives in flat typed arrays (parent, first child, next sibling, label). It is written at
// build time as one string in depth-first order (`trieText`) that a page reads back in one loop
// (`readTrie`), and failure and dictionary links are worked out only for the states a scan
// reaches, so a page pays for the part of the glossary its text touches, not for all of it.

export interface AutomatonHit {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  /** Start (inclusive) and end (exclusive) in the scanned text. */
  start: number;
  end: number;
}

export type HitCallback = (pattern: number, start: number, end: number) => void;

export interface Automaton {
  /** Calls `onHit` for every occurrence of every pattern in `text`, overlapping ones included. */
  scan(text: string, onHit: HitCallback): void;
  /** The same over the first `length` character codes of `codes` (text not yet made a string). */
  scanCodes(codes: Uint16Array, length: number, onHit: HitCallback): void;
  readonly stateCount: number;
}

/** In a trie text, "up n levels" is the character `base + n`, and `base + END` ends a pattern. */
const END = 26;
/** The base for patterns with no capitals (folded ones): up is "A"…"Y", the end "Z". */
const ASCII_BASE = 64;
/** The base for any other patterns: characters from the private use area. */
const PRIVATE_BASE = 0xe000;
/** States with more children than this look them up in a table rather than a list. */
const WIDE = 4;

/**
 * The trie of `patterns` as text, depth first: its first character is the base (see END); then a
 * label goes down one level, `base + n` goes up n levels, `base + END` ends a pattern where it
 * stands. `order` gives, for each pattern end in the text, the index of its pattern in `patterns`
 * (equal patterns keep their order).
 */
export function trieText(patterns: readonly string[]): { text: string; order: number[] } {
  const order = patterns
    .map((_, i) => i)
    .filter((i) => patterns[i]!.length > 0)
    .sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
  const clashes = (base: number) =>
    patterns.some((p) => {
      for (let k = 0; k < p.length; k++) {
        const code = p.charCodeAt(k);
        if (code > base && code <= base + END) return true;
      }
      return false;
    });
  const base = !clashes(ASCII_BASE) ? ASCII_BASE : PRIVATE_BASE;
  if (base === PRIVATE_BASE && clashes(base)) throw new Error('patterns hold U+E001…U+E01A');
  const parts = [String.fromCharCode(base)];
  let previous = '';
  for (const i of order) {
    const pattern = patterns[i]!;
    let shared = 0;
    while (shared < previous.length && previous[shared] === pattern[shared]) shared++;
    for (let up = previous.length - shared; up > 0; up -= END - 1) {
      parts.push(String.fromCharCode(base + Math.min(up, END - 1)));
    }
    parts.push(pattern.slice(shared), String.fromCharCode(base + END));
    previous = pattern;
  }
  return { text: parts.join(''), order };
}

/**
 * The automaton of a trie text. Its n-th pattern end stands for pattern `order[n]` (by default n,
 * so that pattern indices follow the trie text's own order).
 */
export function readTrie(text: string, order?: readonly number[]): Automaton {
  const size = text.length;
  const label = new Uint16Array(size);
  const parent = new Int32Array(size);
  // State 0 is the root, which is never anyone's child, so 0 also means "no child".
  const firstChild = new Int32Array(size);
  const nextSibling = new Int32Array(size);
  const childCount = new Int32Array(size);
  // Per state the patterns ending there, as a run of consecutive pattern ends: [outFrom, outTo).
  const outFrom = new Int32Array(size);
  const outTo = new Int32Array(size);
  const ends: number[] = [];
  const lengths: number[] = [];
  const base = text.charCodeAt(0);
  let states = 1;
  let state = 0;
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const up = code - base;
    if (up === END) {
      const pattern = order === undefined ? ends.length : order[ends.length]!;
      if (outTo[state] === 0) outFrom[state] = ends.length;
      ends.push(pattern);
      outTo[state] = ends.length;
      lengths[pattern] = depth;
    } else if (up > 0 && up < END) {
      depth -= up;
      for (let k = up; k > 0; k--) state = parent[state]!;
    } else {
      const next = states++;
      label[next] = code;
      parent[next] = state;
      // Children are listed last first.
      nextSibling[next] = firstChild[state]!;
      firstChild[state] = next;
      childCount[state] = childCount[state]! + 1;
      state = next;
      depth++;
    }
  }

  // A state with many children gets, when first passed through, a table of its ASCII children, so
  // that a large glossary does not slow every step down.
  let tables = new Int32Array(128 * 8);
  let tableCount = 0;
  const tableOf = new Int32Array(states);
  const makeTable = (s: number): number => {
    if ((tableCount + 1) * 128 > tables.length) {
      const grown = new Int32Array(tables.length * 2);
      grown.set(tables);
      tables = grown;
    }
    const at = tableCount++ * 128;
    for (let c = firstChild[s]!; c !== 0; c = nextSibling[c]!) {
      if (label[c]! < 128) tables[at + label[c]!] = c;
    }
    tableOf[s] = at + 1;
    return at;
  };
  const child = (s: number, code: number): number => {
    if (code < 128 && childCount[s]! > WIDE) {
      // (Made before `tables` is read: making one may replace it with a larger array.)
      const at = tableOf[s] === 0 ? makeTable(s) : tableOf[s]! - 1;
      return tables[at + code]!;
    }
    for (let c = firstChild[s]!; c !== 0; c = nextSibling[c]!) if (label[c] === code) return c;
    return 0;
  };

  // Worked out on first need: -1 not yet. Dictionary link: the nearest state down the failure
  // links that ends a pattern, 0 for none.
  const fail = new Int32Array(states).fill(-1);
  const dict = new Int32Array(states).fill(-1);
  fail[0] = 0;
  dict[0] = 0;
  const failOf = (s: number): number => {
    let f = fail[s]!;
    if (f >= 0) return f;
    f = 0;
    if (parent[s] !== 0) {
      const code = label[s]!;
      let q = failOf(parent[s]!);
      f = child(q, code);
      while (f === 0 && q !== 0) {
        q = failOf(q);
        f = child(q, code);
      }
    }
    fail[s] = f;
    return f;
  };
  const dictOf = (s: number): number => {
    let d = dict[s]!;
    if (d >= 0) return d;
    const f = failOf(s);
    d = outTo[f] !== 0 ? f : dictOf(f);
    dict[s] = d;
    return d;
  };
  const report = (s: number, end: number, onHit: HitCallback) => {
    for (s = outTo[s] !== 0 ? s : dictOf(s); s !== 0; s = dictOf(s)) {
      for (let k = outFrom[s]!; k < outTo[s]!; k++) {
        const p = ends[k]!;
        onHit(p, end - lengths[p]!, end);
      }
    }
  };
  // The scan's own table, filled as the text goes: for each state the scan has been in, a row of
  // where each ASCII character leads (the child, or the failure links followed to where it has
  // one), so that a state and a character seen before cost one array read. -1: not yet known.
  // Row r of `moves` belongs to the state whose `rowOf` is r + 1.
  let moves = new Int32Array(128 * 16).fill(-1);
  let rowCount = 0;
  const rowOf = new Int32Array(states);
  /** 1 where a state ends a pattern or links to one that does (its hits must be reported). */
  const reports = new Uint8Array(states);
  const rowFor = (s: number): number => {
    if ((rowCount + 1) * 128 > moves.length) {
      const grown = new Int32Array(moves.length * 2).fill(-1);
      grown.set(moves);
      moves = grown;
    }
    reports[s] = outTo[s] !== 0 || dictOf(s) !== 0 ? 1 : 0;
    rowOf[s] = ++rowCount;
    return (rowCount - 1) * 128;
  };
  const move = (s: number, code: number): number => {
    let next = child(s, code);
    while (next === 0 && s !== 0) {
      s = failOf(s);
      next = child(s, code);
    }
    return next;
  };
  const scanCodes = (codes: Uint16Array, length: number, onHit: HitCallback) => {
    let s = 0;
    let row = rowOf[0] === 0 ? rowFor(0) : (rowOf[0]! - 1) * 128;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      let next: number;
      if (code < 128) {
        next = moves[row + code]!;
        if (next < 0) {
          next = move(s, code);
          moves[row + code] = next;
        }
      } else {
        next = move(s, code);
      }
      s = next;
      const r = rowOf[s]!;
      row = r === 0 ? rowFor(s) : (r - 1) * 128;
      if (reports[s] !== 0) report(s, i + 1, onHit);
    }
  };

  return {
    stateCount: states,
    scanCodes,
    scan(text, onHit) {
      const codes = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
      scanCodes(codes, text.length, onHit);
    },
  };
}

/**
 * The patterns of a trie text, in the order of their ends (the order readTrie numbers them by
 * default), so that a glossary baked at build time can be extended at run time without shipping
 * its names twice.
 */
export function trieKeys(text: string): string[] {
  const base = text.charCodeAt(0);
  const keys: string[] = [];
  let path = '';
  for (let i = 1; i < text.length; i++) {
    const up = text.charCodeAt(i) - base;
    if (up === END) keys.push(path);
    else if (up > 0 && up < END) path = path.slice(0, path.length - up);
    else path += text.charAt(i);
  }
  return keys;
}

/** Builds the automaton; patterns are matched exactly as given (fold them first). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { text, order } = trieText(patterns);
  return readTrie(text, order);
}
