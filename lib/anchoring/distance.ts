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
 * alignment, and the cut-off keeps that cheap when it clearly does not.
 */
export function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}
