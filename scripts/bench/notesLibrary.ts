// A deterministic library of saved highlights for the notes page's benchmark: 10,000 highlights
// spread over 300 FSJ pages in 30 issues, quotes cut from the fixture articles (a sentence to a
// few paragraphs), notes on four in ten, tags and organizations on some. Same seed, same library.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HighlightRecord, PageRecord } from '../../lib/db/types';
import { GLOSSARY } from '../../lib/glossary';
import { describePage } from '../../lib/page/pageInfo';
import { FIXTURES_DIR, readManifest } from '../browser/serve';
import { random } from './synthetic';

export interface NotesLibrary {
  pages: PageRecord[];
  highlights: HighlightRecord[];
}

const TAGS = [
  'mali',
  'sahel',
  'data',
  'question',
  'follow-up',
  'history',
  'budget',
  'consular',
  'refugees',
  'visas',
  'training',
  'morale',
  'security',
  'aid',
  'trade',
  'health',
  'climate',
  'elections',
  'reform',
  'staffing',
  'language',
  'housing',
  'families',
  'memoir',
  'policy',
  'congress',
];

/** Every word of the fixture articles' text, in order: the material quotes and notes are cut from. */
function fixtureWords(): string[] {
  const words: string[] = [];
  for (const page of readManifest()) {
    const html = readFileSync(join(FIXTURES_DIR, page.file), 'utf8');
    const text = html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ');
    words.push(...text.split(/\s+/).filter((w) => w !== ''));
  }
  return words;
}

/** `count` highlights over `pageCount` pages in `issueCount` issues. */
export function notesLibrary(
  count = 10_000,
  pageCount = 300,
  issueCount = 30,
  seed = 20260327,
): NotesLibrary {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = fixtureWords();
  const passage = (min: number, max: number) => {
    const length = int(min, max);
    const start = int(0, words.length - length - 1);
    return words.slice(start, start + length).join(' ');
  };
  const now = Date.UTC(2026, 10, 1);
  const pages: PageRecord[] = [];
  for (let p = 0; p < pageCount; p++) {
    const issue = p % issueCount;
    const code = `${String((issue % 12) + 1).padStart(2, '0')}${String(issue % 25).padStart(2, '0')}`;
    const number = Math.floor(p / issueCount) + 5;
    const url = `https://www.afsa.org/sites/default/files/flipping_book/${code}/files/assets/seo/page${number}.html`;
    pages.push(describePage(url, null, `Page ${number} - The Foreign Service Journal`, now));
  }
  const entryIds = GLOSSARY.map((e) => e.id);
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < count; i++) {
    const page = pick(pages);
    // Mostly a sentence or two; sometimes a few paragraphs.
    const quote = next() < 0.9 ? passage(8, 60) : passage(60, 250);
    const start = int(0, 20_000);
    const createdAt = now - int(0, 3 * 365) * 86_400_000 - int(0, 86_400_000);
    highlights.push({
      id: `bench-${i}`,
      pageUrl: page.url,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: passage(5, 6),
          suffix: passage(5, 6),
        },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
      quote,
      color: pick(['yellow', 'yellow', 'green', 'blue', 'pink', 'purple'] as const),
      note: next() < 0.4 ? passage(4, 60) : '',
      tags: next() < 0.5 ? [...new Set([pick(TAGS), pick(TAGS)].slice(0, int(1, 2)))] : [],
      entryIds:
        next() < 0.6 ? [...new Set([pick(entryIds), pick(entryIds)].slice(0, int(1, 2)))] : [],
      createdAt,
      updatedAt: createdAt,
    });
  }
  return { pages, highlights };
}
