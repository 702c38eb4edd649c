// A cheap fingerprint of a text (32-bit FNV-1a over its UTF-16 code units), so that two documents
// can check they see the same article text without sending it back and forth.

/** The same text gives the same number; different texts almost always differ. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
