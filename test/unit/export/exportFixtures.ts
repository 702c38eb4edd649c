// The records the Markdown export tests run on: the demo FSJ page (March 2013, page 28, the text
// its text model gives, so the links can be opened on test/fixtures/pages/seo-0313-page28.html) with
// five highlights, a page from another site with a quote in paragraphs, notes on organizations, a
// fixed clock and colour names of the reader's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSpan } from '../../../lib/anchoring/describe';
import type { Selectors } from '../../../lib/anchoring/types';
import type { FsjIssue, HighlightRecord, PageRecord, TermNoteRecord } from '../../../lib/db/types';
import type { ColorNames } from '../../../lib/highlights/colorNames';
import type { ArticleExport, MarkdownOptions } from '../../../lib/export/types';

export const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/export', import.meta.url));

/** A golden file, exactly as stored. */
export function golden(name: string): string {
  return readFileSync(join(GOLDEN_DIR, name), 'utf8');
}

/** 15 January 2026, 09:30 UTC: the export time of every test. */
export const NOW = Date.UTC(2026, 0, 15, 9, 30);

export const COLOR_NAMES: ColorNames = {
  yellow: 'Key fact',
  green: 'Data',
  blue: 'Context',
  pink: 'Question',
  purple: 'Follow <up>',
};

/** The demo page's article text, as the text model gives it (one PDF line per line). */
export const DEMO_TEXT = [
  'MARCH 2013',
  'Since fighting broke out in northern Mali last January,',
  'hundreds of thousands of people have left their homes.',
  'Many crossed into Mauritania, Niger and Burkina Faso;',
  'others moved south inside the country, to Mopti, Ségou',
  'and the crowded edges of Bamako. Host communities there',
  'had barely recovered from the 2012 lean season, and each',
  'new arrival puts fur-',
  'ther strain on wells, clinics and grain stores that were',
  'never built for so many. Tracking who has moved, where',
  'they have settled and what they lack is the starting',
  'point for any response worth the name.',
  'Te displacement tracking teams that IOM fielded in',
  'Mopti and Bamako last autumn now survey sites every',
  'month, and their findings are shared with governments',
  'and with the humanitarian agencies planning shelter,',
  'water and protection for the coming rainy season.',
  'Managing Mobility Beyond the Emergency',
  'What happens in Mali does not stay inside its borders.',
  'Herders, traders and seasonal workers have crossed the',
  'Sahel for generations, and a lasting settlement will',
  'depend on keeping those routes open while making them',
  'safer. That is work no single government can do alone;',
  'regional and global dialogue gives it a place to start.',
  'For more than a decade, IOM has helped convene the',
  'Regional Consultative Processes that bring neighboring',
  'governments together on borders, labor and return. It',
  'also takes part in the Global Forum on Migration and',
  'Development and in the Global Migration Group, and it',
  'works with partners getting ready for the 2013 United Nations High-Level',
  'Dialogue on Migration and Development this October.',
  'These eforts share one aim: that the movement of people,',
  'and the welfare of those who move, find a firm place in',
  'the post-2015 U.N. development agenda now being drafted.',
  'Human mobility managed with care can strengthen the very',
  'stability and growth that displacement threatens.',
  'In practice, IOM sup-',
  'ports governments in turning those commitments into',
  'working systems: registration points at border posts,',
  'referral of unaccompanied children, safe return for',
  'those who choose it and livelihoods for those who stay.',
  'None of it replaces sovereign decisions about who may',
  'enter and remain; all of it makes those decisions easier',
  'to carry out humanely.',
  'Displacement from Mali',
  'shows why borders and',
  'dialogue must be managed',
  'together.',
].join('\n');

/** The selectors of the `occurrence`-th (1-based) `phrase` in `text`, as the extension saves them. */
export function select(text: string, phrase: string, occurrence = 1): Selectors {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" #${occurrence} is not in the text`);
  }
  return describeSpan(text, { start: at, end: at + phrase.length });
}

const MARCH_2013: FsjIssue = { code: '0313', year: 2013, month: 3, endMonth: 3 };
const BOOK = 'https://www.afsa.org/sites/default/files/flipping_book/0313/files/assets';

export const DEMO_PAGE: PageRecord = {
  url: `${BOOK}/seo/page28.html`,
  title: 'Page 28 - Foreign Service Journal - March 2013',
  issue: MARCH_2013,
  pageNumber: 28,
  updatedAt: NOW - 1000,
};

/** A note using every Markdown and HTML character that could act, one per line. */
export const NASTY_NOTE = [
  '*bold* claim, <script>alert(1)</script> & <b>not bold</b>',
  '# heading',
  '---',
  '| a | b |',
  '`code` and a \\ backslash',
  '',
  '1. first point',
  '- a list item?',
  '+ plus',
  '> not a quote',
  '===',
  '',
  '    indented, not code',
].join('\n');

function highlight(
  id: string,
  pageUrl: string,
  selectors: Selectors,
  fields: Partial<HighlightRecord>,
): HighlightRecord {
  return {
    id,
    pageUrl,
    selectors,
    quote: selectors.quote.exact,
    color: 'yellow',
    note: '',
    tags: [],
    entryIds: [],
    createdAt: NOW - 60_000,
    updatedAt: NOW - 60_000,
    ...fields,
  };
}

/** The demo page's highlights, in the order they were made (not page order). */
export const DEMO_HIGHLIGHTS: HighlightRecord[] = [
  highlight('h-development', DEMO_PAGE.url, select(DEMO_TEXT, 'Development', 2), {
    color: 'purple',
    entryIds: ['hld-2013'],
    createdAt: NOW - 50_000,
  }),
  highlight('h-iom-convenes', DEMO_PAGE.url, select(DEMO_TEXT, 'IOM', 2), {
    color: 'pink',
    note: 'Convener of the RCPs — see [[RCP]] and ==this==, $5 %%hidden%%',
    tags: ['iom'],
    entryIds: ['iom'],
    createdAt: NOW - 40_000,
  }),
  highlight(
    'h-rainy-season',
    DEMO_PAGE.url,
    select(
      DEMO_TEXT,
      'water and protection for the coming rainy season.\nManaging Mobility Beyond the Emergency\nWhat happens in Mali does not stay inside its borders.',
    ),
    { color: 'blue', tags: ['Sahel region', '#mobility'], createdAt: NOW - 30_000 },
  ),
  highlight(
    'h-tracking',
    DEMO_PAGE.url,
    select(
      DEMO_TEXT,
      'Te displacement tracking teams that IOM fielded in\nMopti and Bamako last autumn now survey sites every\nmonth',
    ),
    {
      color: 'green',
      note: 'The DTM.\nTheir reports are public.',
      tags: ['data', 'IOM'],
      entryIds: ['iom'],
      createdAt: NOW - 20_000,
    },
  ),
  highlight(
    'h-since',
    DEMO_PAGE.url,
    select(
      DEMO_TEXT,
      'Since fighting broke out in northern Mali last January,\nhundreds of thousands of people have left their homes.',
    ),
    { note: NASTY_NOTE, tags: ['Mali', 'displacement'], createdAt: NOW - 10_000 },
  ),
];

/** The demo page with its text known (the popup's "Export this article"). */
export const DEMO_ARTICLE: ArticleExport = {
  page: DEMO_PAGE,
  highlights: DEMO_HIGHLIGHTS,
  text: DEMO_TEXT,
  entryIds: ['iom', 'rcp', 'gfmd', 'gmg', 'hld-2013', 'un'],
};

/** A page from another site, whose text had paragraphs (a quote saved across two of them). */
export const OTHER_TEXT = [
  'Talking Migration & Diplomacy',
  'Intro: why this matters.',
  '',
  'The first paragraph ends here.',
  '',
  'The second one starts here, and ends.',
  'A Q&A on cost-sharing, with 50% more funding — “quoted” text.',
  'The end.',
].join('\n');

export const OTHER_PAGE: PageRecord = {
  url: 'https://example.org/blog/2024/talking-migration?lang=en',
  title: 'Talking *Migration* & <Diplomacy> — Q&A "live"',
  issue: null,
  pageNumber: null,
  updatedAt: NOW - 2000,
};

export const OTHER_ARTICLE: ArticleExport = {
  page: OTHER_PAGE,
  highlights: [
    highlight(
      'h-paragraphs',
      OTHER_PAGE.url,
      select(OTHER_TEXT, 'The first paragraph ends here.\n\nThe second one starts here, and ends.'),
      { note: 'Two paragraphs.\n\n\n   Kept as two.', tags: ['paragraphs', 'a&b c'] },
    ),
    highlight(
      'h-delimiters',
      OTHER_PAGE.url,
      select(OTHER_TEXT, 'Q&A on cost-sharing, with 50% more'),
      { color: 'green', entryIds: ['unknown-entry'] },
    ),
  ],
};

function termNote(
  id: string,
  entryId: string,
  note: string,
  pageUrl: string,
  at: number,
): TermNoteRecord {
  return { id, entryId, note, pageUrl, createdAt: at, updatedAt: at };
}

export const TERM_NOTES: TermNoteRecord[] = [
  termNote(
    'n-iom',
    'iom',
    'Runs the Displacement Tracking Matrix (DTM).\n\nAsk: who funds the *Mali* rounds?',
    DEMO_PAGE.url,
    NOW - 9000,
  ),
  termNote('n-unhcr', 'unhcr', 'Not named on the demo page.', OTHER_PAGE.url, NOW - 8000),
  termNote(
    'n-gfmd',
    'gfmd',
    'State-led and informal; not a U.N. body.',
    OTHER_PAGE.url,
    NOW - 7000,
  ),
  termNote('n-empty', 'un', '   \n  ', DEMO_PAGE.url, NOW - 6000),
];

export const OPTIONS: MarkdownOptions = {
  now: () => NOW,
  colorNames: COLOR_NAMES,
  termNotes: TERM_NOTES,
};
