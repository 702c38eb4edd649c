// The diplomatic posts family: how one line of the posts list becomes a glossary entry, and that
// the list as shipped gives every post its own names.
import { describe, expect, it } from 'vitest';
import { POSTS, postEntries, type Post } from '../../../lib/glossary/posts';
import { foldName } from '../../../lib/glossary/normalize';

const entry = (post: Post) => postEntries([post])[0]!;

describe('an embassy', () => {
  const moscow = entry({
    kind: 'embassy',
    city: 'Moscow',
    country: 'Russia',
    source: 'https://ru.usembassy.gov/',
  });

  it('is named "U.S. Embassy Moscow", with a stable id and the kind diplomatic post', () => {
    expect(moscow.id).toBe('post-embassy-moscow');
    expect(moscow.name).toBe('U.S. Embassy Moscow');
    expect(moscow.kind).toBe('diplomatic post');
    expect(moscow.acronyms).toEqual([]);
  });

  it('is also "Embassy Moscow", "American Embassy Moscow" and "the U.S./American Embassy in Moscow"', () => {
    expect(moscow.aliases).toEqual([
      'Embassy Moscow',
      'American Embassy Moscow',
      'U.S. Embassy in Moscow',
      'American Embassy in Moscow',
      'Embassy of the United States in Moscow',
    ]);
  });

  it('is never "the embassy in Moscow" or "Moscow Embassy", which could be any country’s', () => {
    const names = [moscow.name, ...moscow.aliases].map(foldName);
    expect(names).not.toContain(foldName('Embassy in Moscow'));
    expect(names).not.toContain(foldName('Moscow Embassy'));
  });

  it('has a plain summary, its city as seat, and its source', () => {
    expect(moscow.summary).toBe('The U.S. embassy in Moscow, Russia.');
    expect(moscow.seat).toBe('Moscow, Russia');
    expect(moscow.source).toBe('https://ru.usembassy.gov/');
    expect(moscow.founded).toBeUndefined();
    expect(moscow.ended).toBeUndefined();
  });
});

describe('a consulate general and a consulate', () => {
  it('gives "Consulate General Karachi" and "U.S. Consulate General in Karachi"', () => {
    const karachi = entry({
      kind: 'consulate general',
      city: 'Karachi',
      country: 'Pakistan',
      source: 'https://pk.usembassy.gov/',
    });
    expect(karachi.id).toBe('post-consulate-general-karachi');
    expect(karachi.name).toBe('U.S. Consulate General Karachi');
    expect(karachi.aliases).toContain('Consulate General Karachi');
    expect(karachi.aliases).toContain('U.S. Consulate General in Karachi');
    expect(karachi.aliases).toContain('American Consulate General Karachi');
    expect(karachi.summary).toBe('The U.S. consulate general in Karachi, Pakistan.');
  });

  it('is also called the consulate, as writers often call a consulate general', () => {
    const karachi = entry({
      kind: 'consulate general',
      city: 'Karachi',
      country: 'Pakistan',
      source: 'https://pk.usembassy.gov/',
    });
    expect(karachi.aliases).toEqual(
      expect.arrayContaining([
        'Consulate Karachi',
        'U.S. Consulate in Karachi',
        'American Consulate in Karachi',
      ]),
    );
  });

  it('gives "Consulate Adana" and "U.S. Consulate in Adana"', () => {
    const adana = entry({
      kind: 'consulate',
      city: 'Adana',
      country: 'Turkey',
      source: 'https://tr.usembassy.gov/',
    });
    expect(adana.id).toBe('post-consulate-adana');
    expect(adana.name).toBe('U.S. Consulate Adana');
    expect(adana.aliases).toContain('Consulate Adana');
    expect(adana.aliases).toContain('U.S. Consulate in Adana');
  });
});

describe('a historic post, and one in a city with another name', () => {
  it('takes its founding and end from when it opened and closed', () => {
    const saigon = entry({
      kind: 'embassy',
      city: 'Saigon',
      country: 'South Vietnam',
      opened: '1952',
      closed: '1975',
      source: 'https://en.wikipedia.org/wiki/Embassy_of_the_United_States,_Saigon',
    });
    expect(saigon.name).toBe('U.S. Embassy Saigon');
    expect(saigon.aliases).toContain('Embassy Saigon');
    expect(saigon.founded).toBe('1952');
    expect(saigon.ended).toBe('1975');
    expect(saigon.summary).toBe(
      'The U.S. embassy in Saigon, South Vietnam. Opened in 1952. Closed in 1975.',
    );
  });

  it('gives every name of the city the same forms, under one entry named after today’s city', () => {
    const mumbai = entry({
      kind: 'consulate general',
      city: 'Mumbai',
      country: 'India',
      otherCityNames: ['Bombay'],
      source: 'https://in.usembassy.gov/',
    });
    expect(mumbai.name).toBe('U.S. Consulate General Mumbai');
    for (const form of [
      'U.S. Consulate General Bombay',
      'Consulate General Bombay',
      'American Consulate General Bombay',
      'U.S. Consulate General in Bombay',
      'Consulate General Mumbai',
    ])
      expect(mumbai.aliases).toContain(form);
    expect(mumbai.summary).toBe(
      'The U.S. consulate general in Mumbai (also called Bombay), India.',
    );
  });

  it('names what took over a closed post’s work, and says when a post’s operations are suspended', () => {
    const telAviv = entry({
      kind: 'embassy',
      city: 'Tel Aviv',
      country: 'Israel',
      closed: '2018',
      successor: 'U.S. Embassy Jerusalem',
      source: 'https://example.org/tel-aviv',
    });
    expect(telAviv.ended).toBe('2018');
    expect(telAviv.successor).toBe('U.S. Embassy Jerusalem');
    const kabul = entry({
      kind: 'embassy',
      city: 'Kabul',
      country: 'Afghanistan',
      suspended: '2021',
      source: 'https://example.org/kabul',
    });
    expect(kabul.ended).toBeUndefined();
    expect(kabul.summary).toBe(
      'The U.S. embassy in Kabul, Afghanistan. Its operations were suspended in 2021.',
    );
  });
});

describe('a mission to an international organization', () => {
  const usun = entry({
    kind: 'mission',
    city: 'New York',
    country: 'United States',
    to: 'the United Nations',
    acronyms: ['USUN'],
    opened: '1947',
    source: 'https://usun.usmission.gov/',
  });

  it('is named after what it is accredited to, and goes by its acronym', () => {
    expect(usun.id).toBe('post-mission-usun');
    expect(usun.name).toBe('U.S. Mission to the United Nations');
    expect(usun.acronyms).toEqual(['USUN']);
    expect(usun.summary).toBe(
      'The U.S. diplomatic mission to the United Nations, in New York, United States. Opened in 1947.',
    );
  });

  it('gets no "Mission to the United Nations" form, which names every country’s mission', () => {
    expect(usun.aliases).toEqual([]);
  });

  it('takes an id from its short form when it has no acronym', () => {
    const au = entry({
      kind: 'mission',
      city: 'Addis Ababa',
      country: 'Ethiopia',
      to: 'the African Union',
      idKey: 'au',
      source: 'https://example.org/au',
    });
    expect(au.id).toBe('post-mission-au');
    expect(au.name).toBe('U.S. Mission to the African Union');
  });
});

describe('the posts list as shipped', () => {
  const entries = postEntries(POSTS);

  it('gives each post its own id', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives no name, alias or acronym to two posts', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const name of [e.name, ...e.aliases, ...e.acronyms]) {
        const key = foldName(name);
        expect(owner.get(key) ?? e.id, `"${name}" claimed by two posts`).toBe(e.id);
        owner.set(key, e.id);
      }
    }
  });

  it('gives every post a source address', () => {
    for (const post of POSTS) expect(post.source, post.city).toMatch(/https?:\/\/\S+\.\S+/);
  });
});
