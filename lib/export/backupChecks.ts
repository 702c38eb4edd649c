// Field checks for reading a backup, worded for the reader of the error message ("the note is not
// text"). Each check returns the value in its stored type or throws a BackupProblem; the limits
// are the store's own, so a backup can carry nothing the extension would not save itself.

import { MAX_ID_LENGTH, MAX_TIME, MAX_URL_LENGTH } from '../model/limits';
import { isPlainObject, type Fields } from '../model/plainObject';

export { isPlainObject, type Fields };

/** The first thing found wrong in a backup; its message says what, in plain words. */
export class BackupProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupProblem';
  }
}

export function fail(message: string): never {
  throw new BackupProblem(message);
}

/** A short, quoted rendering of a value found in the file, for messages. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

export function object(value: unknown, what: string): Fields {
  return isPlainObject(value) ? value : fail(`${what} is not an object`);
}

/** An object of ours: only these fields, every one present. */
export function exactFields(value: unknown, what: string, keys: readonly string[]): Fields {
  const fields = object(value, what);
  for (const key of Object.keys(fields)) {
    if (!keys.includes(key)) fail(`${what} has a field this version does not know, ${shown(key)}`);
  }
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) fail(`${what} has no "${key}"`);
  }
  return fields;
}

export function text(value: unknown, what: string, min: number, max: number): string {
  if (typeof value !== 'string') fail(`${what} is not text`);
  if (value.length < min) fail(`${what} is empty`);
  if (value.length > max) fail(`${what} is longer than ${max} characters`);
  return value;
}

/** Text that must hold more than spaces (tags). */
export function nonBlank(value: unknown, what: string, max: number): string {
  const result = text(value, what, 1, max);
  return result.trim() === '' ? fail(`${what} is blank`) : result;
}

/** A record id or glossary entry id: non-blank, bounded, without control characters. */
export function id(value: unknown, what: string): string {
  const result = nonBlank(value, what, MAX_ID_LENGTH);
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(result)
    ? fail(`${what} contains control characters`)
    : result;
}

/** A page address: http(s), or file for pages the reader annotated from disk (as the store). */
export function address(value: unknown, what: string): string {
  const result = text(value, what, 1, MAX_URL_LENGTH);
  let protocol: string;
  try {
    protocol = new URL(result).protocol;
  } catch {
    return fail(`${what} is not a web address`);
  }
  if (protocol === 'http:' || protocol === 'https:' || protocol === 'file:') return result;
  return fail(`${what} is not an http(s) address`);
}

export function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`${what} is not a whole number`);
  return value < min || value > max ? fail(`${what} is out of range`) : value;
}

const ISO_TIME =
  /^([+-]\d{6}|\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date and time with its zone, as milliseconds since the epoch. */
export function time(value: unknown, what: string): number {
  if (value === undefined) fail(`${what} is missing`);
  const ms = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) fail(`${what} is not a date and time`);
  return ms < 0 || ms > MAX_TIME ? fail(`${what} is out of range`) : ms;
}

/** A list of at most `max` items. */
export function list(value: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(`${what} is not a list`);
  return value.length > max ? fail(`${what} has more than ${max} items`) : value;
}

/** Runs `read`, putting `where` in front of the problem it finds. */
export function within<T>(where: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BackupProblem) throw new BackupProblem(`${where}: ${error.message}`);
    throw error;
  }
}
