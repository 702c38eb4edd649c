// Ids for new highlights and term notes. The content script runs on http:// pages too, where
// `crypto.randomUUID` does not exist (it is for secure contexts only); `getRandomValues` exists
// in every context, so the id is built from it.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A random version 4 UUID, the same form `crypto.randomUUID` gives, so backups name records as
 * `urn:uuid:` whatever page they were made on. `fill` is the random source, given in tests.
 */
export function newRecordId(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const b = fill(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = Array.from(b, (byte) => HEX[byte]!);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h
    .slice(8, 10)
    .join('')}-${h.slice(10).join('')}`;
}
