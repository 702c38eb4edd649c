// How an edit made from a view meets the record as it is stored now. Each field the edit sends is
// compared with the value the view started from (`base`): a field the reader left as it was is not
// written; one the reader changed is written only if the stored record still holds the view's
// value. Pure: plain records in, the fields to write (or those in conflict) out.

/** Equal as stored data: numbers and strings by value, lists in order, objects field by field. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((key) => Object.prototype.hasOwnProperty.call(y, key) && sameValue(x[key], y[key]))
  );
}

export type EditOutcome<T> =
  /** The fields to write: those the reader changed that nobody else did (may be none). */
  | { kind: 'write'; fields: Partial<T> }
  /** Fields the reader changed that were also changed elsewhere, to other values. */
  | { kind: 'conflict'; fields: (keyof T)[] };

/**
 * What an edit (`changes`, made from a view holding `base`) may write on `stored`. Why per field:
 * two tabs changing different fields of one record must both keep theirs, and a field changed in
 * both must not be settled by whichever write came last. A field the other tab already set to the
 * very value this edit gives it is no conflict.
 */
export function mergeEdit<T extends object>(
  stored: T,
  changes: Partial<T>,
  base: Partial<T>,
): EditOutcome<T> {
  const fields: Partial<T> = {};
  const conflicts: (keyof T)[] = [];
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const [mine, was, now] = [changes[key], base[key], stored[key]];
    if (sameValue(mine, was) || sameValue(mine, now)) continue;
    if (sameValue(now, was)) fields[key] = mine;
    else conflicts.push(key);
  }
  return conflicts.length > 0 ? { kind: 'conflict', fields: conflicts } : { kind: 'write', fields };
}
