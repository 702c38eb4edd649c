// An Aho-Corasick automaton: finds every occurrence of many patterns in one left-to-right pass over
// a text, whatever the number of patterns. Built once from the folded glossary names.

export interface AutomatonHit {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  /** Start (inclusive) and end (exclusive) in the scanned text. */
  start: number;
  end: number;
}

export interface Automaton {
  /** Calls `onHit` for every occurrence of every pattern in `text`, overlapping ones included. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void;
  readonly stateCount: number;
}

/** Builds the automaton; patterns are matched exactly as given (fold them first). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  const lengths = patterns.map((p) => p.length);

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = goto[state]!.get(code);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        outputs.push([]);
        goto[state]!.set(code, next);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  // Breadth-first: failure links, and "dictionary" links to the nearest state that ends a pattern.
  const fail = new Int32Array(goto.length);
  const dict = new Int32Array(goto.length).fill(-1);
  const queue: number[] = [];
  for (const child of goto[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of goto[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !goto[f]!.has(code)) f = fail[f]!;
      const target = goto[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const fc = fail[child]!;
      dict[child] = outputs[fc]!.length > 0 ? fc : dict[fc]!;
      queue.push(child);
    }
  }

  return {
    stateCount: goto.length,
    scan(text, onHit) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = goto[state]!.get(code);
        while (next === undefined && state !== 0) {
          state = fail[state]!;
          next = goto[state]!.get(code);
        }
        state = next ?? 0;
        for (let s = outputs[state]!.length > 0 ? state : dict[state]!; s > 0; s = dict[s]!) {
          for (const p of outputs[s]!) onHit(p, i + 1 - lengths[p]!, i + 1);
        }
      }
    },
  };
}
