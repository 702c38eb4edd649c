// The lines FlippingBook adds to every page of the FSJ archive, which are not the article even when
// Readability keeps them: "This is a SEO version of … Click here to view full version" and the
// "« Previous Page Table of Contents Next Page »" navigation.

const BOILERPLATE = [
  /^this is a seo version of .{0,200}click here to view full version\.?$/i,
  /^(« ?)?previous page\s*(\|\s*)?table of contents\s*(\|\s*)?next page( ?»)?$/i,
];

/** Whether a short block of text is one of FlippingBook's own lines. */
export function isFlippingBookBoilerplate(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length < 300 && BOILERPLATE.some((pattern) => pattern.test(line));
}

/** The smallest elements under `root` whose whole text is FlippingBook boilerplate. */
export function findBoilerplate(root: Element): Set<Element> {
  const found = new Set<Element>();
  for (const element of Array.from(
    root.querySelectorAll('div, p, span, nav, header, footer, td'),
  )) {
    const text = element.textContent ?? '';
    if (text.length > 400 || !isFlippingBookBoilerplate(text)) continue;
    // Prefer the innermost match: drop an ancestor already recorded.
    for (let p = element.parentElement; p !== null; p = p.parentElement) found.delete(p);
    found.add(element);
  }
  return found;
}
