// A backup damaged anywhere inside (a field of the wrong type, too long, out of range, HTML or a
// script address where an address, colour or id belongs, an unknown kind of body, a repeated id)
// is refused as a whole, and the message names the entry and the field: "Item 12 of the backup is
// damaged: the note is not text."
import { describe, expect, it } from 'vitest';
import { makeHighlight, makePage, T0 } from '../db/testDb';
import { errorOf, parsedBackup, type Json } from './backupSample';

/** Twelve highlights on one page, so a damaged field can sit in item 12. */
function twelve(): Json {
  const highlights = Array.from({ length: 12 }, (_, i) =>
    makeHighlight(`h${i + 1}`, i * 100, { note: `note ${i + 1}`, tags: ['t'] }),
  );
  return parsedBackup({ pages: [makePage()], highlights, termNotes: [] });
}

describe('a damaged field anywhere refuses the whole file and says where it is', () => {
  it('names the item and the field: "item 12 … the note is not text"', () => {
    const doc = twelve();
    doc.first.items[11].body[0].value = 42;
    expect(errorOf(doc)).toBe(
      'Item 12 of the backup is damaged: the note is not text. Nothing was imported.',
    );
  });

  const cases: [string, (item: Json) => void, RegExp][] = [
    [
      'a note in HTML format',
      (a) => (a.body[0].format = 'text/html'),
      /the note is not plain text \(its format is "text\/html"\)/,
    ],
    [
      'a note too long',
      (a) => (a.body[0].value = 'x'.repeat(20_001)),
      /the note is longer than 20000 characters/,
    ],
    [
      'two notes',
      (a) => a.body.push({ ...a.body[0] }),
      /body 4 is a second note; a highlight has one/,
    ],
    ['a blank tag', (a) => (a.body[1].value = '   '), /tag 1 is blank/],
    ['a tag that is a list', (a) => (a.body[1].value = ['t']), /tag 1 is not text/],
    [
      'a tag too long',
      (a) => (a.body[1].value = 't'.repeat(65)),
      /tag 1 is longer than 64 characters/,
    ],
    [
      '51 tags',
      (a) => a.body.push(...Array.from({ length: 50 }, () => ({ ...a.body[1] }))),
      /it has more than 50 tags/,
    ],
    [
      'a body of another kind',
      (a) => a.body.push({ type: 'TextualBody', purpose: 'replying', value: 'hi' }),
      /body 4 is not a note, a tag or a glossary entry/,
    ],
    ['a body that is text', (a) => a.body.push('<b>hi</b>'), /body 4 is not an object/],
    [
      'an entry that is a web address',
      (a) => (a.body[2].source = 'https://iom.int'),
      /body 3 does not name a glossary entry/,
    ],
    [
      'an entry id with a control character',
      (a) => (a.body[2].source = 'urn:fsj-gloss:entry:i%00om'),
      /body 3’s glossary entry contains control characters/,
    ],
    [
      'an unknown colour',
      (a) => (a.target.styleClass = 'red'),
      /the colour "red" is not one of yellow, green, blue, pink, purple/,
    ],
    [
      'HTML as the colour',
      (a) => (a.target.styleClass = '<i>yellow</i>'),
      /the colour "<i>yellow<\/i>" is not one of/,
    ],
    [
      'a javascript: address',
      (a) => (a.target.source = 'javascript:alert(1)'),
      /the page address is not an http\(s\) address/,
    ],
    [
      'a data: address',
      (a) => (a.target.source = 'data:text/html,<script>alert(1)</script>'),
      /the page address is not an http\(s\) address/,
    ],
    [
      'a page address that is not one',
      (a) => (a.target.source = '<a href="x">page</a>'),
      /the page address is not a web address/,
    ],
    [
      'a created time that is a number',
      (a) => (a.created = T0),
      /the created time is not a date and time/,
    ],
    [
      'an impossible modified time',
      (a) => (a.modified = '2026-13-45T99:00:00Z'),
      /the modified time is not a date and time/,
    ],
    [
      'a time with no zone',
      (a) => (a.modified = '2026-11-27T09:00:00'),
      /the modified time is not a date and time/,
    ],
    ['a missing time', (a) => delete a.created, /the created time is missing/],
    [
      'a time before 1970',
      (a) => (a.created = '1969-12-31T23:59:59Z'),
      /the created time is out of range/,
    ],
    [
      'a start that is text',
      (a) => (a.target.selector[1].start = '1100'),
      /the passage’s start is not a whole number/,
    ],
    [
      'an end before the start',
      (a) => (a.target.selector[1].end = 0),
      /the passage’s end is out of range/,
    ],
    ['an empty quote', (a) => (a.target.selector[0].exact = ''), /the quoted passage is empty/],
    [
      'no quote selector',
      (a) => a.target.selector.shift(),
      /does not have a TextQuoteSelector and a TextPositionSelector/,
    ],
    [
      'selectors not in a list',
      (a) => (a.target.selector = a.target.selector[0]),
      /the target’s selector is not a list/,
    ],
    ['no target', (a) => delete a.target, /its target is not an object/],
    [
      'an id FSJ Gloss does not make',
      (a) => (a.id = 'urn:uuid:not-a-uuid'),
      /the id "urn:uuid:not-a-uuid" is not one FSJ Gloss makes/,
    ],
    ['an id that is a number', (a) => (a.id = 12), /the id is not text/],
    ['another type', (a) => (a.type = 'Highlight'), /its type is "Highlight", not "Annotation"/],
    [
      'another motivation',
      (a) => (a.motivation = 'bookmarking'),
      /its motivation "bookmarking" is neither highlighting nor commenting/,
    ],
    [
      'a stored quote that is a number',
      (a) => (a.fsjGloss = { quote: 5 }),
      /the stored quote is not text/,
    ],
    [
      'an unknown extension field',
      (a) => (a.fsjGloss = { quote: 'q', secret: 1 }),
      /its fsjGloss field has a field this version does not know, "secret"/,
    ],
  ];
  for (const [name, damage, message] of cases) {
    it(`refuses ${name}`, () => {
      const doc = twelve();
      damage(doc.first.items[11]);
      const error = errorOf(doc);
      expect(error).toMatch(/^Item 12 of the backup is damaged: /);
      expect(error).toMatch(message);
      expect(error.endsWith('. Nothing was imported.')).toBe(true);
    });
  }

  it('refuses an item that is not an annotation at all', () => {
    const doc = twelve();
    doc.first.items[11] = '<p>item</p>';
    expect(errorOf(doc)).toBe(
      'Item 12 of the backup is damaged: it is not an annotation. Nothing was imported.',
    );
  });

  it('refuses damaged notes on organizations', () => {
    const damages: [(a: Json) => void, RegExp][] = [
      [
        (a) => a.body.push({ type: 'TextualBody', purpose: 'tagging', value: 't' }),
        /exactly one body/,
      ],
      [(a) => delete a.body, /exactly one body/],
      [
        (a) => (a.target.scope = 'ftp://example.org/'),
        /the address of the page it was written on is not an http\(s\) address/,
      ],
      [
        (a) => (a.target.source = 'urn:fsj-gloss:entry:%E0%A4%A'),
        /the target does not name a glossary entry/,
      ],
      [(a) => (a.target.source = 'urn:fsj-gloss:entry:'), /the glossary entry is empty/],
      [(a) => (a.id = 'urn:fsj-gloss:highlight:n2'), /is not one FSJ Gloss makes/],
    ];
    for (const [damage, message] of damages) {
      const doc = parsedBackup();
      damage(doc.first.items[5]);
      const error = errorOf(doc);
      expect(error).toMatch(/^Item 6 of the backup is damaged: /);
      expect(error).toMatch(message);
    }
  });

  it('refuses damaged page entries, naming the entry', () => {
    const damages: [(p: Json) => void, RegExp][] = [
      [(p) => (p.title = 5), /the title is not text/],
      [(p) => (p.secret = '<script>'), /it has a field this version does not know, "secret"/],
      [(p) => delete p.pageNumber, /it has no "pageNumber"/],
      [
        (p) => (p.issue.code = '<b>0313</b>'),
        /the issue code "<b>0313<\/b>" is not an FSJ issue code/,
      ],
      [(p) => (p.issue.month = 13), /the issue’s month is out of range/],
      [(p) => (p.issue.endMonth = null), /only one of its first and last month/],
      [(p) => (p.pageNumber = 0), /the page number is out of range/],
      [(p) => (p.url = 'javascript:void(0)'), /the page address is not an http\(s\) address/],
      [(p) => (p.modified = 'yesterday'), /the modified time is not a date and time/],
    ];
    for (const [damage, message] of damages) {
      const doc = parsedBackup();
      damage(doc.fsjGloss.pages[0]);
      const error = errorOf(doc);
      expect(error).toMatch(/^Page entry 1 of the backup is damaged: /);
      expect(error).toMatch(message);
    }
  });

  it('refuses two records with the same id, or two entries for the same page', () => {
    const doc = twelve();
    doc.first.items[11].id = doc.first.items[2].id;
    expect(errorOf(doc)).toBe(
      'Items 3 and 12 of the backup have the same id. Nothing was imported.',
    );
    const pages = parsedBackup();
    pages.fsjGloss.pages.push({ ...pages.fsjGloss.pages[0], title: 'again' });
    expect(errorOf(pages)).toBe(
      'Page entries 1 and 5 of the backup are the same page. Nothing was imported.',
    );
  });

  it('refuses damage to the collection itself', () => {
    const noItems = parsedBackup();
    noItems.first.items = { 0: 'a' };
    expect(errorOf(noItems)).toMatch(
      /^The backup is damaged: its list of annotations is not a list/,
    );
    const noPages = parsedBackup();
    delete noPages.fsjGloss.pages;
    expect(errorOf(noPages)).toMatch(/^The backup is damaged: its fsjGloss field has no "pages"/);
    const noFirst = parsedBackup();
    delete noFirst.first;
    expect(errorOf(noFirst)).toMatch(/^The backup is damaged: it has no page of annotations/);
    const continued = parsedBackup();
    continued.first.next = 'urn:fsj-gloss:backup:1:page2';
    expect(errorOf(continued)).toMatch(/^The backup is damaged: it continues in another file/);
  });
});
