// The mutation suite's edit kinds, each applied at random to an EditableText: words inserted,
// deleted or replaced before, after or inside a highlight (or anywhere), whitespace changed,
// words hyphenated over a line break or joined again, ligatures lost or repaired, blocks of text
// moved, and a highlight's quote destroyed outright.

import {
  blockStarts,
  EditableText,
  ligatureSites,
  randomWords,
  wordsOf,
  type LostLigature,
} from './mutate';
import type { Random } from './random';
import type { TextSpan } from '../../../lib/anchoring/types';

export type EditKind =
  | 'insert'
  | 'delete'
  | 'replace'
  | 'whitespace'
  | 'hyphenation'
  | 'ligature-loss'
  | 'ligature-repair'
  | 'move'
  | 'destroy';

const WEIGHTS: [EditKind, number][] = [
  ['insert', 14],
  ['delete', 12],
  ['replace', 12],
  ['whitespace', 14],
  ['hyphenation', 10],
  ['ligature-loss', 8],
  ['ligature-repair', 8],
  ['move', 6],
  ['destroy', 5],
];

export function pickKind(random: Random): EditKind {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [kind, w] of WEIGHTS) {
    r -= w;
    if (r < 0) return kind;
  }
  return 'insert';
}

/** Where an edit goes, relative to one highlight's current span, or anywhere. */
type Where = 'before' | 'after' | 'inside' | 'anywhere';

/** Where the characters of original span [start, end) are now, or null if none are left. */
export function currentSpan(edited: EditableText, span: TextSpan): TextSpan | null {
  let first = -1;
  let last = -1;
  const origin = edited.origin;
  for (let i = 0; i < origin.length; i++) {
    const o = origin[i]!;
    if (o >= span.start && o < span.end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : { start: first, end: last + 1 };
}

function wordEdit(
  kind: 'insert' | 'delete' | 'replace',
  random: Random,
  edited: EditableText,
  where: Where,
  span: TextSpan | null,
): void {
  const words = wordsOf(edited.text);
  if (words.length < 2) return;
  // Candidate word indices [lo, hi] for the first word touched, and the last index allowed.
  let lo = 0;
  let hi = words.length - 1;
  let limit = words.length - 1;
  if (span !== null && where !== 'anywhere') {
    const first = words.findIndex((w) => w.end > span.start);
    let last = words.findIndex((w) => w.start >= span.end) - 1;
    if (first < 0) return;
    if (last < 0) last = words.length - 1;
    if (where === 'before') [lo, hi, limit] = [Math.max(0, first - 5), first - 1, first - 1];
    else if (where === 'after')
      [lo, hi, limit] = [last + 1, Math.min(words.length - 1, last + 5), words.length - 1];
    else [lo, hi, limit] = [first + 1, last - 1, last - 1];
  }
  if (kind === 'insert' && where === 'before') hi++; // inserting before the quote's first word
  if (hi < lo || lo < 0 || hi >= words.length) return;
  const i = random.int(lo, hi);
  const count = Math.min(random.int(1, 3), limit - i + 1);
  if (kind === 'insert') {
    edited.replace(words[i]!.start, words[i]!.start, `${randomWords(random, random.int(1, 4))} `);
    return;
  }
  if (count < 1) return;
  const start = words[i]!.start;
  if (kind === 'replace') {
    const end = words[i + count - 1]!.end;
    edited.replace(start, end, randomWords(random, random.int(1, 3)));
    return;
  }
  const next = words[i + count];
  edited.replace(start, next !== undefined ? next.start : words[i + count - 1]!.end, '');
}

/** A character range around the target (or the whole text) for the small, local edits. */
function localRange(edited: EditableText, where: Where, span: TextSpan | null): TextSpan {
  if (span === null || where === 'anywhere') return { start: 0, end: edited.text.length };
  return { start: Math.max(0, span.start - 40), end: Math.min(edited.text.length, span.end + 40) };
}

function whitespaceEdit(random: Random, edited: EditableText, range: TextSpan): void {
  const text = edited.text;
  const choice = random.int(0, 2);
  if (choice < 2) {
    const spaces: number[] = [];
    for (let i = Math.max(1, range.start); i < range.end - 1; i++) {
      if (
        (text[i] === ' ' || text[i] === '\n') &&
        /\S/.test(text[i - 1]!) &&
        /\S/.test(text[i + 1]!)
      ) {
        spaces.push(i);
      }
    }
    if (spaces.length === 0) return;
    const at = random.pick(spaces);
    if (choice === 0) edited.replace(at, at + 1, text[at] === ' ' ? '\n' : ' ');
    else edited.replace(at, at + 1, ''); // two words run together, as in "usingMINURSO"
    return;
  }
  const long = wordsOf(text.slice(range.start, range.end)).filter((w) => w.end - w.start >= 6);
  if (long.length === 0) return;
  const w = random.pick(long);
  const at = range.start + random.int(w.start + 2, w.end - 2);
  edited.replace(at, at, ' ');
}

function hyphenationEdit(random: Random, edited: EditableText, range: TextSpan): void {
  const part = edited.text.slice(range.start, range.end);
  const breaks = [...part.matchAll(/[a-z]-\n[a-z]/g)];
  if (breaks.length > 0 && random.chance(0.4)) {
    const at = range.start + random.pick(breaks).index + 1;
    edited.replace(at, at + 2, '');
    return;
  }
  const long = [...part.matchAll(/[A-Za-z]{6,}/g)];
  if (long.length === 0) return;
  const w = random.pick(long);
  const at = range.start + w.index + random.int(2, w[0].length - 3);
  edited.replace(at, at, '-\n');
}

function ligatureLoss(random: Random, edited: EditableText, range: TextSpan): void {
  const sites = ligatureSites(edited.text, range.start, range.end);
  if (sites.length === 0) return;
  const site = random.pick(sites);
  edited.replace(site.after + 1, site.after + 1 + site.letters.length, '');
}

function ligatureRepair(random: Random, edited: EditableText, lost: readonly LostLigature[]) {
  if (lost.length === 0) return;
  const site = random.pick(lost);
  const at = edited.whereIs(site.after);
  if (at < 0 || edited.text.startsWith(site.letters, at + 1)) return;
  edited.replace(at + 1, at + 1, site.letters);
}

function moveBlock(random: Random, edited: EditableText): void {
  const starts = blockStarts(edited.text);
  if (starts.length < 3) return;
  const k = random.int(0, starts.length - 2);
  const [a, b] = [starts[k]!, starts[k + 1]!];
  const targets = [0, ...starts].filter((c) => c < a || c > b);
  if (targets.length === 0) return;
  edited.move(a, b, random.pick(targets));
}

function destroy(random: Random, edited: EditableText, span: TextSpan | null): void {
  if (span === null) return;
  const words = wordsOf(edited.text.slice(span.start, span.end)).length;
  if (random.chance(0.4)) {
    const end = edited.text[span.end] === ' ' ? span.end + 1 : span.end;
    edited.replace(span.start, end, '');
  } else edited.replace(span.start, span.end, randomWords(random, Math.max(2, words)));
}

/**
 * Applies one random edit, most often close to one of `targets` (original spans of highlights).
 * Why: edits far from every highlight would test little but the position check.
 */
export function applyRandomEdit(
  random: Random,
  edited: EditableText,
  targets: readonly TextSpan[],
  lost: readonly LostLigature[],
): EditKind {
  const kind = pickKind(random);
  const target = targets.length > 0 ? random.pick(targets) : null;
  const span = target === null ? null : currentSpan(edited, target);
  const where: Where = random.chance(0.25)
    ? 'anywhere'
    : random.pick(['before', 'after', 'inside'] as const);
  const range = localRange(edited, where, span);
  switch (kind) {
    case 'insert':
    case 'delete':
    case 'replace':
      wordEdit(kind, random, edited, where, span);
      break;
    case 'whitespace':
      whitespaceEdit(random, edited, range);
      break;
    case 'hyphenation':
      hyphenationEdit(random, edited, range);
      break;
    case 'ligature-loss':
      ligatureLoss(random, edited, range);
      break;
    case 'ligature-repair':
      ligatureRepair(random, edited, lost);
      break;
    case 'move':
      moveBlock(random, edited);
      break;
    case 'destroy':
      destroy(random, edited, span);
      break;
  }
  return kind;
}
