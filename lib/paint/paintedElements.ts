// Which wrappers in the page the extension painted. The page can make elements with our tag names
// and attributes; a card or a highlight's menu opens only for elements kept here, which the page
// cannot add to.

const sets = new WeakMap<object, WeakSet<Element>>();

/**
 * Whether `element` is one of the parts of `painted` (occurrences or highlights as they were
 * painted). The set is built once per array, so a hover over a long article stays cheap.
 */
export function isPaintedPart(
  painted: readonly { parts: readonly Element[] }[],
  element: Element,
): boolean {
  let set = sets.get(painted);
  if (set === undefined) {
    set = new WeakSet(painted.flatMap((p) => p.parts));
    sets.set(painted, set);
  }
  return set.has(element);
}
