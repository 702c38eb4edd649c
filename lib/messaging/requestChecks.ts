// The field checks of store requests, each returning what is wrong (for logs and error replies)
// or null: shapes of plain objects, bounded text, ids, addresses, integers, times and lists.

import { MAX_ID_LENGTH, MAX_TIME, MAX_URL_LENGTH } from '../model/limits';
import { isPlainObject, type Fields } from '../model/plainObject';

export { isPlainObject, type Fields };
export type Problem = string | null;
export type Check = (value: unknown, where: string) => Problem;
export const has = (object: Fields, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

/** The object has exactly these keys (optional ones may be absent), or what is wrong. */
export function shape(
  value: unknown,
  where: string,
  keys: readonly string[],
  optional = false,
): Problem {
  if (!isPlainObject(value)) return `${where} is not an object`;
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) return `${where} has an unexpected field "${key.slice(0, 40)}"`;
  }
  if (!optional) {
    for (const key of keys) if (!has(value, key)) return `${where}.${key} is missing`;
  }
  return null;
}

export function text(value: unknown, where: string, min: number, max: number): Problem {
  if (typeof value !== 'string') return `${where} is not a string`;
  if (value.length < min) return min === 1 ? `${where} is empty` : `${where} is too short`;
  if (value.length > max) return `${where} is longer than ${max} characters`;
  return null;
}

export function id(value: unknown, where: string): Problem {
  if (typeof value !== 'string' || value.trim() === '') return `${where} is not a non-empty string`;
  if (value.length > MAX_ID_LENGTH) return `${where} is longer than ${MAX_ID_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(value) ? `${where} contains control characters` : null;
}

export function url(value: unknown, where: string): Problem {
  const problem = text(value, where, 1, MAX_URL_LENGTH);
  if (problem) return problem;
  try {
    const protocol = new URL(value as string).protocol;
    if (protocol === 'http:' || protocol === 'https:' || protocol === 'file:') return null;
    return `${where} is not an http(s) or file address`;
  } catch {
    return `${where} is not an address`;
  }
}

export function integer(value: unknown, where: string, min: number, max: number): Problem {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `${where} is not an integer`;
  return value < min || value > max ? `${where} is out of range` : null;
}

export function time(value: unknown, where: string): Problem {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${where} is not a time`;
  return value < 0 || value > MAX_TIME ? `${where} is out of range` : null;
}

export function list(value: unknown, where: string, max: number, item: Check): Problem {
  if (!Array.isArray(value)) return `${where} is not a list`;
  if (value.length > max) return `${where} has more than ${max} items`;
  for (let i = 0; i < value.length; i++) {
    const problem = item(value[i], `${where}[${i}]`);
    if (problem) return problem;
  }
  return null;
}
