// Long texts for the budget's tests, made quickly: prose-like word salad, seeded.
import type { Random } from './random';

const WORDS = [
  'the',
  'embassy',
  'reported',
  'that',
  'migration',
  'talks',
  'in',
  'Geneva',
  'and',
  'Dakar',
  'were',
  'delayed',
  'by',
  'budget',
  'cuts',
  'officers',
  'of',
  'consular',
  'section',
  'said',
];

/** Prose-like text of `length` characters, numbers sprinkled in so that no passage repeats. */
export function wordSalad(random: Random, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = random.chance(0.1) ? String(random.int(0, 99999)) : random.pick(WORDS);
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** The text with a few characters replaced inside [start, end), so the quote is no longer exact. */
export function editInside(text: string, start: number, end: number): string {
  const at = start + Math.floor((end - start) / 2);
  return text.slice(0, at) + 'XQZ' + text.slice(at + 3);
}
