// What every check of data from outside (messages, backups) starts from: a plain object, not an
// array, a class instance or something with a prototype of the sender's choosing.

export type Fields = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
