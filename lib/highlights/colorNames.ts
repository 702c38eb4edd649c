// The names the reader gives the five highlight colours ("key fact", "question"…), kept in
// extension storage. Pure helpers over the stored value.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/types';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../model/limits';

export const COLOR_NAMES_KEY = 'colorNames';

export type ColorNames = Record<HighlightColor, string>;

export const DEFAULT_COLOR_NAMES: ColorNames = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The longest name kept; longer ones are cut, so a name can never swamp the toolbar. */
export const MAX_COLOR_NAME = 40;

/** The names to show, whatever was found in storage: missing or damaged names read as defaults. */
export function readColorNames(stored: unknown): ColorNames {
  const names = { ...DEFAULT_COLOR_NAMES };
  if (typeof stored !== 'object' || stored === null) return names;
  for (const color of HIGHLIGHT_COLORS) {
    const value = (stored as Record<string, unknown>)[color];
    if (typeof value === 'string' && value.trim() !== '') {
      names[color] = value.trim().slice(0, MAX_COLOR_NAME);
    }
  }
  return names;
}

/** Splits what the reader typed in a tag field into clean, distinct tags, within the store's limits. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\n]/)
    .map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, '-'))
    .filter((t) => t !== '')
    .map((t) => t.slice(0, MAX_TAG_LENGTH));
  return [...new Set(tags)].slice(0, MAX_TAGS);
}
