// Edit distances (Levenshtein: insertions, deletions, substitutions) for the short comparisons
// anchoring makes itself: a stored context against the text beside a candidate, and a quote
// against a candidate span when deciding where the span should end.

/**
 * Edit distance from `pattern` to the best suffix of `text`: the alignment must end at the end of
 * `text` and may start anywhere in it. Why: a stored prefix ends where the quote starts, but how
 * far back it reaches in the new text is unknown.
 */
export function distanceEndingAt(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  // Column over the pattern, advanced one text character at a time; row 0 is free (any start).
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  for (let j = 1; j <= n; j++) {
    const t = text.charCodeAt(j - 1);
    let diagonal = column[0]!; // the cell above-left, before this column overwrote it
    column[0] = 0;
    for (let i = 1; i <= m; i++) {
      const above = column[i]!;
      const substitute = diagonal + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      const best = Math.min(substitute, above + 1, column[i - 1]! + 1);
      diagonal = above;
      column[i] = best;
    }
  }
  return column[m]!;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

/** Edit distance from `pattern` to the best prefix of `text`: the same, for a stored suffix. */
export function distanceStartingAt(pattern: string, text: string): number {
  return distanceEndingAt(reverse(pattern), reverse(text));
}

/**
 * Edit distance between `a` and `b`, or `limit + 1` as soon as it is sure to exceed `limit`.
 * Why: checking that a widened span still matches the quote closely enough needs the whole
 * alignment, and the cut-off keeps that cheap when it clearly does not. Only the band of cells
 * within `limit` of the diagonal is computed (an alignment costing at most `limit` never leaves
 * it), so a 20,000-character quote costs 20,000 × (2 × limit + 1) cells, not 20,000².
 */
export function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  const outside = limit + 1;
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = Math.min(j, outside);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    // Cells just outside the band count as too far.
    current[from - 1] = from === 1 ? Math.min(i, outside) : outside;
    if (to < n) current[to + 1] = outside;
    let rowBest = current[from - 1]!;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const value = Math.min(
        previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
        outside,
      );
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n]!, limit + 1);
}
