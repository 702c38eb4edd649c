// Pages for the robustness run made in code (written for the project): as big as the store's
// limits let a page be, and as odd as Unicode lets its text be. Each comes with highlights to
// store for it before it is opened: one the page holds exactly (it must be painted), long ones the
// page holds with a few letters changed (the costliest case for the approximate search, which
// must follow a long match to its end), and some that moved far from where they were stored,
// so re-anchoring searches the whole text, as far as its budget lets it.
//
//   huge-article-5mb     an article of 4.9 MB of text (the store takes up to 5 MB) in paragraphs
//   huge-text-node-1mb   one paragraph, one 1 MB text node naming 31,650 bodies
//   odd-unicode          combining marks, astral characters, right-to-left runs, zero-width and
//                        bidi controls, soft hyphens, in and around the names

import { MAX_QUOTE_LENGTH } from '../../lib/model/limits';

export interface StoredHighlight {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the highlight claims to be; it may be wrong (a changed page). */
  start: number;
  /** True when the page holds it exactly, with this prefix and suffix: it must be painted. */
  present: boolean;
}

export interface GeneratedPage {
  name: string;
  html: string;
  highlights: StoredHighlight[];
  notes: string;
}

/** A seeded generator (mulberry32), so every run gets the same pages. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the embassy reported that talks on migration in Geneva and Dakar were delayed by budget ' +
  'cuts while officers of the consular section said a new round of registration began in ' +
  'September and field staff expected few returns before the rains'
).split(' ');

const NAMES = [
  'IOM',
  'UNHCR',
  'the International Organization for Migration',
  'the Office of the U.N. High Commissioner for Refugees',
  'USAID',
  'NATO',
  'the World Food Programme',
  'AFSA',
];

/** A sentence of `words` words from `random`, naming a body now and then. */
function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = random();
    if (r < 0.06) out.push(NAMES[Math.floor(random() * NAMES.length)]!);
    else if (r < 0.1) out.push(String(Math.floor(random() * 100000)));
    else out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n` +
    `</head>\n<body>\n<header><nav><a href="/">Home</a> <a href="/fsj">FSJ</a></nav></header>\n` +
    `<main>\n<article>\n<h1>${title}</h1>\n${body}\n</article>\n</main>\n` +
    `<footer><p>Written for the FSJ Gloss robustness run.</p></footer>\n</body>\n</html>\n`
  );
}

/** The sentence the page holds exactly, between a known prefix and suffix (32 characters each). */
const KEPT = {
  prefix: 'a paragraph kept word for word: ',
  exact: 'the delegation of IOM met UNHCR officers in Dakar on the third day',
  suffix: ' and agreed on a joint registrat',
};
const keptParagraph = `<p>This is ${KEPT.prefix}${KEPT.exact}${KEPT.suffix}ion plan.</p>`;

/** `exact` with three letters in its middle changed: the page no longer holds it as stored. */
function edited(exact: string): string {
  const at = exact.length >> 1;
  return exact.slice(0, at) + 'XQZ' + exact.slice(at + 3);
}

/**
 * `count` highlights of `length` characters of `text` (the article's text as the text model reads
 * it, near enough), each with a few letters changed, stored `moved` characters from where it is.
 */
function changed(text: string, count: number, length: number, moved: number): StoredHighlight[] {
  const list: StoredHighlight[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(((i + 0.5) / count) * (text.length - length));
    list.push({
      id: `changed-${length}-${i}`,
      exact: edited(text.slice(start, start + length)),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + length, start + length + 32),
      start: (start + moved) % text.length,
      present: false,
    });
  }
  return list;
}

const kept = (start: number): StoredHighlight => ({ id: 'kept', ...KEPT, start, present: true });

/** 4.9 MB of article text in paragraphs of about 600 characters. */
function hugeArticle(): GeneratedPage {
  const random = seeded(5);
  const texts: string[] = [];
  let size = 0;
  while (size < 4_900_000) {
    const p = `${sentence(random, 40)} ${sentence(random, 45)}`;
    texts.push(p);
    size += p.length + 1;
  }
  const text = texts.join('\n');
  const body = [keptParagraph, ...texts.map((p) => `<p>${p}</p>`)].join('\n');
  return {
    name: 'huge-article-5mb',
    html: page('A very long article', body),
    highlights: [
      kept(40),
      ...changed(text, 2, MAX_QUOTE_LENGTH, 0),
      ...changed(text, 6, 400, 1_000_000),
    ],
    notes: `${texts.length + 1} paragraphs, ${(size / 1e6).toFixed(2)} M characters`,
  };
}

/** One text node's text, 1 MB naming 31,650 bodies (an acronym every 32 characters or so). */
export function longNodeText(): string {
  const random = seeded(7);
  const parts: string[] = [];
  for (let n = 0; n < 31_650; n++) {
    const name = ['IOM', 'UNHCR', 'NATO', 'USAID', 'AFSA'][n % 5]!;
    const words = Array.from({ length: 4 }, () => WORDS[Math.floor(random() * WORDS.length)]);
    parts.push(`${words.join(' ')} ${name}`);
  }
  return parts.join(' ').padEnd(1_000_000, ' talks');
}

function hugeTextNode(): GeneratedPage {
  const text = longNodeText();
  return {
    name: 'huge-text-node-1mb',
    html: page('One long paragraph', `${keptParagraph}\n<p>${text}.</p>`),
    highlights: [
      kept(40),
      ...changed(text, 2, 2000, 0),
      ...changed(text, 1, MAX_QUOTE_LENGTH, 0),
      ...changed(text, 2, 400, 300_000),
    ],
    notes: `one text node of ${text.length} characters`,
  };
}

/** Text in every odd corner of Unicode, around and inside the names. */
function oddUnicode(): GeneratedPage {
  const random = seeded(11);
  const odd = [
    'cafe\u0301 de\u0301cor na\u0308ive', // combining marks
    '𝐈𝐎𝐌 😀🏳️‍🌈 𠀀𠀁 👩🏽‍⚕️', // astral characters, emoji sequences
    'שלום עולם IOM מרחבא مرحبا بالعالم UNHCR', // right to left, with names inside
    '\u202bمنظمة IOM\u202c \u2067UNHCR\u2069 \u200fNATO\u200f', // bidi controls
    'I\u200bO\u200bM U\u200cN\u200dHCR \u2060NATO\ufeff', // zero-width characters
    'Organi\u00adzation for Mi\u00adgration', // soft hyphens
    'ＩＯＭ ＵＮＨＣＲ', // full width
    'Z̴̧̛͓̈́a̷̞͂l̶̢̈g̵͚̾o̸̳͐ IOM', // stacked combining marks
    'the International Organization for Migration\u0301', // a mark on a name's last letter
  ];
  const texts: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const pick = () => odd[Math.floor(random() * odd.length)]!;
    texts.push(`${sentence(random, 12)} ${pick()} ${sentence(random, 10)} ${pick()}.`);
  }
  const text = texts.join('\n');
  const paragraphs = [keptParagraph, ...texts.map((p) => `<p>${p}</p>`)];
  const highlights = [
    kept(40),
    ...changed(text, 2, 5000, 0),
    ...changed(text, 4, 300, 100_000),
    {
      id: 'odd-absent',
      exact: odd.join(' ').repeat(3),
      prefix: '\u200f'.repeat(8),
      suffix: '😀'.repeat(8),
      start: 500,
      present: false,
    },
  ];
  return {
    name: 'odd-unicode',
    html: page('Unicode at its oddest', paragraphs.join('\n')),
    highlights,
    notes: `${paragraphs.length} paragraphs`,
  };
}

/** Every generated page, built when asked for (they take a moment and 10 MB). */
export function generatedPages(): GeneratedPage[] {
  return [hugeArticle(), hugeTextNode(), oddUnicode()];
}
