// Made-up text in the manner of an FSJ archive page, for the generated anchoring tests: reports
// from posts about migration, refugees and the bodies that deal with them, in short lines as the
// FlippingBook pages serve them, with a pull quote that repeats a sentence of the article (so some
// quotes really occur twice). The sentences are assembled from word lists written for this test.

import type { Random } from './random';

const list = (items: string) => items.split('|');

const PLACES = list(
  'Nairobi|Amman|Tegucigalpa|Dhaka|Bamako|Tbilisi|Quito|Kampala|Beirut|Ulaanbaatar|Lusaka|' +
    'Manila|Niamey|Juba|Erbil|Tapachula|Agadez|Cox’s Bazar|Gaziantep|Lampedusa|Mopti|Tunis',
);
const BODIES = list(
  'the International Organization for Migration|UNHCR|the World Food Programme|USAID|' +
    'the Bureau of Population, Refugees, and Migration|the regional consultative process|' +
    'the Global Forum on Migration and Development|the host government|the interior ministry|' +
    'the embassy’s consular section|the Office of the U.N. High Commissioner for Refugees|' +
    'the Red Crescent|a Danish aid group|the provincial governor|the border police|' +
    'the African Union mission|the European Union delegation|the labor ministry',
);
const PEOPLE = list(
  'a first-tour consular officer|the deputy chief of mission|two locally employed staff|' +
    'the refugee coordinator|a political officer on her third tour|the economic section chief|' +
    'an eligible family member|the ambassador|a visiting congressional delegation|field staff|' +
    'a retired colonel|the public affairs officer|a junior officer from Ohio|the consul general|' +
    'a regional medical officer|the management counselor|an intern from Georgetown',
);
const VERBS = list(
  'tracked|reviewed|underestimated|financed|questioned|mapped|defended|reported on|' +
    'negotiated over|simplified|officially certified|redrafted|audited|quietly shelved|' +
    'translated|counted again|challenged|welcomed|postponed|borrowed from|rewrote|summarized',
);
const THINGS = list(
  'the registration figures|the return program|a new labor-mobility agreement|' +
    'the border assessment|the office’s efficiency targets|the flow of seasonal workers|' +
    'the fifth round of talks|the influx from the north|the reception centers|' +
    'the official statistics|the financial reporting|the effort to profile arrivals|' +
    'the vaccination schedule|the list of missing children|a plan for mobile clinics|' +
    'the cash transfer pilot|the visa backlog|the shelter census|the rations ledger|' +
    'the water survey|the memorandum on returns|the trafficking hotline',
);
const TIMES = list(
  'In the spring of 2011|By the end of the fiscal year|Three weeks after the elections|' +
    'During the rainy season|Before the donor conference|That autumn|Over the following months|' +
    'At the height of the crisis|Soon after the floods|On the eve of the summit|' +
    'While the border was closed|In the last week of Ramadan',
);
const CLAUSES = list(
  'though nobody in the front office expected it to last|which surprised the team in Washington|' +
    'and the numbers have barely moved since|while the cables kept arriving every morning|' +
    'because the ministry had no other reliable source|a fact that shaped the next two years|' +
    'even though the staff affected were few|and the officers there still speak of it|' +
    'despite a shortage of interpreters|with help from a university in the capital|' +
    'much to the relief of the mayors|after a long argument about money',
);
const HEADINGS = list(
  'THE VIEW FROM THE FIELD|Counting Those Who Move|WHAT THE NUMBERS SHOW|' +
    'Lessons for the Next Tour|A Different Kind of Diplomacy|Back to the Capital',
);
const MONTHS = list('January|March|April|June|August|September|October|December');
const COUNTS = list('a dozen|some 40|nearly 300|about 1,200|fewer than 90|several hundred|57|812');
const GROUPS = list('families|returnees|seasonal workers|asylum seekers|clerks|herders|students');

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A small particular (a date, a count) that makes sentences built from the same lists differ. */
function detail(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return `in ${random.pick(MONTHS)} ${random.int(1998, 2014)}`;
    case 1:
      return `for ${random.pick(COUNTS)} ${random.pick(GROUPS)}`;
    case 2:
      return `after ${random.int(2, 19)} weeks of ${random.pick(list('talks|delays|meetings'))}`;
    default:
      return `near ${random.pick(PLACES)}`;
  }
}

function sentence(random: Random): string {
  const { pick } = random;
  switch (random.int(0, 5)) {
    case 0:
      return `${pick(TIMES)}, ${pick(PEOPLE)} in ${pick(PLACES)} ${pick(VERBS)} ${pick(THINGS)} ${detail(random)}, ${pick(CLAUSES)}.`;
    case 1:
      return `${capitalize(pick(BODIES))} ${pick(VERBS)} ${pick(THINGS)} ${detail(random)} with ${pick(PEOPLE)}.`;
    case 2:
      return `“${capitalize(pick(THINGS))} ${detail(random)} mattered more than ${pick(THINGS)},” said ${pick(PEOPLE)} in ${pick(PLACES)}.`;
    case 3:
      return `By ${pick(MONTHS)}, ${pick(COUNTS)} ${pick(GROUPS)} had reached ${pick(PLACES)}, and ${pick(BODIES)} ${pick(VERBS)} ${pick(THINGS)} ${detail(random)}.`;
    case 4:
      return `Ask ${pick(PEOPLE)} about ${pick(THINGS)} and you will hear about ${pick(PLACES)} ${detail(random)}.`;
    default:
      return `${capitalize(pick(PEOPLE))} ${pick(VERBS)} ${pick(THINGS)} ${detail(random)} for ${pick(BODIES)}, ${pick(CLAUSES)}.`;
  }
}

/** Breaks a paragraph into lines of about `width` characters, as a FlippingBook page does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}

/** Runs of this many words occur at most once, as in real prose (names and phrases may repeat). */
const SHINGLE = 5;

function shingles(sentence: string): string[] {
  const words = sentence.toLowerCase().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** A sentence sharing no run of SHINGLE words with the text so far, if one can be found. */
function freshSentence(random: Random, seen: Set<string>): string {
  let candidate = sentence(random);
  for (let tries = 0; tries < 200 && shingles(candidate).some((s) => seen.has(s)); tries++) {
    candidate = sentence(random);
  }
  for (const s of shingles(candidate)) seen.add(s);
  return candidate;
}

/**
 * An FSJ-like article of about `paragraphs` paragraphs. Why: the fixture pages are short; the
 * mutation suite needs more text, with headings, wrapped lines and a repeated sentence (a pull
 * quote); apart from it, runs of five words hardly ever repeat.
 */
export function fsjLikeText(random: Random, paragraphs: number): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  let pullQuote = '';
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && random.chance(0.2)) parts.push(random.pick(HEADINGS));
    const sentences = Array.from({ length: random.int(3, 6) }, () => freshSentence(random, seen));
    if (pullQuote === '' && p >= 1) pullQuote = random.pick(sentences);
    parts.push(wrap(sentences.join(' '), random.int(48, 64)));
    if (p === Math.floor(paragraphs / 2) && pullQuote !== '') parts.push(pullQuote);
  }
  return parts.join('\n');
}
