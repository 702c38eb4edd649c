// A deterministic reader's library for the take-away bench: 10,000 highlights over ~300 FSJ pages,
// with quotes, context, notes, tags and organizations of realistic lengths, built from the demo
// article's words. Same seed, same records, on every run and machine.

import { describeSpan } from '../../lib/anchoring/describe';
import { HIGHLIGHT_COLORS, type HighlightRecord, type PageRecord } from '../../lib/db/types';
import type { TermNoteRecord } from '../../lib/db/types';
import type { BackupData } from '../../lib/export/backupFormat';
import { GLOSSARY } from '../../lib/glossary/entries';
import { fixtureArticleText } from '../../test/unit/anchoring/fixtureTexts';
import { seededRandom } from '../../test/unit/anchoring/random';

const TAGS = ['mali', 'refugees', 'IOM', 'follow up', 'budget', 'data', 'quote', 'Sahel', 'UNHCR'];
const START = Date.UTC(2024, 0, 1);

/** `highlights` highlights spread over `pages` pages, with a note on an organization per 50. */
export function libraryData(highlights: number, pages: number, seed = 2013): BackupData {
  const random = seededRandom(seed);
  const article = fixtureArticleText('seo-0313-page28.html');
  if (article === null) throw new Error('no article found on the demo page');
  // A long article per page: the demo article's text, repeated (quotes and context from it).
  const text = Array.from({ length: 6 }, () => article).join('\n');
  const words = article.split(/\s+/).filter((w) => w.length > 0);
  const sentence = (min: number, max: number) =>
    Array.from({ length: random.int(min, max) }, () => random.pick(words)).join(' ');
  const entryIds = GLOSSARY.map((e) => e.id);

  const pageRecords: PageRecord[] = [];
  for (let p = 0; p < pages; p++) {
    const year = 1990 + (p % 35);
    const month = 1 + ((p * 7) % 12);
    const code = `${String(month).padStart(2, '0')}${String(year).slice(2)}`;
    const pageNumber = 10 + ((p * 13) % 70);
    pageRecords.push({
      url: `https://www.afsa.org/sites/default/files/flipping_book/${code}/files/assets/seo/page${pageNumber}.html`,
      title: `${sentence(3, 9)} | FSJ ${year}`,
      issue: { code, year, month, endMonth: month },
      pageNumber,
      updatedAt: START + p * 3_600_000,
    });
  }

  const records: HighlightRecord[] = [];
  for (let i = 0; i < highlights; i++) {
    const page = pageRecords[i % pages]!;
    const start = random.int(0, text.length - 700);
    // Quotes of one line to a long paragraph: 40 to 600 characters, most near 150.
    const length = Math.min(600, 40 + Math.floor(-Math.log(1 - random.next()) * 120));
    const end = start + length;
    const selectors = describeSpan(text, { start, end });
    const tags = random.chance(0.5)
      ? Array.from(new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(TAGS))))
      : [];
    records.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      pageUrl: page.url,
      selectors,
      quote: selectors.quote.exact,
      color: random.pick(HIGHLIGHT_COLORS),
      note: random.chance(0.4) ? sentence(4, 60) : '',
      tags,
      entryIds: random.chance(0.3) ? [random.pick(entryIds)] : [],
      createdAt: START + i * 60_000,
      updatedAt: START + i * 60_000 + (random.chance(0.2) ? 86_400_000 : 0),
    });
  }

  const termNotes: TermNoteRecord[] = [];
  for (let i = 0; i < highlights / 50; i++) {
    termNotes.push({
      id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      entryId: random.pick(entryIds),
      note: sentence(5, 40),
      pageUrl: pageRecords[i % pages]!.url,
      createdAt: START + i * 90_000,
      updatedAt: START + i * 90_000,
    });
  }
  return { pages: pageRecords, highlights: records, termNotes };
}
