// @vitest-environment happy-dom
// The index of organizations as the reader sees it, rendered in happy-dom with the database
// replaced by plain functions: every body listed by kind, narrowed as the reader types or to
// those met; a row's body drawn only once opened, with the pages, highlights and notes on it, all
// as text and linking only to web addresses; a database that cannot be read leaves the glossary.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  OrganizationIndex,
  type OrganizationIndexProps,
  type ReaderData,
} from '../../../components/organizations/OrganizationIndex';
import type { GlossaryEntry } from '../../../lib/glossary/types';
import { highlight, MARCH_28, termNote, until } from './notesFixtures';

const entry = (id: string, name: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  name,
  acronyms: [],
  aliases: [],
  kind: 'UN agency',
  summary: `What ${name} does.`,
  source: 'https://example.org',
  ...over,
});

const ENTRIES = [
  entry('unhcr', 'Office of the United Nations High Commissioner for Refugees', {
    acronyms: ['UNHCR'],
    aliases: ['UN Refugee Agency'],
  }),
  entry('iom', 'International Organization for Migration', {
    acronyms: ['IOM'],
    kind: 'intergovernmental organization',
    founded: '1951',
    seat: 'Geneva, Switzerland',
    url: 'https://www.iom.int/',
  }),
  entry('usia', 'United States Information Agency', {
    acronyms: ['USIA'],
    kind: 'US government agency',
    ended: '1999',
    url: 'javascript:alert(1)',
  }),
];

const DATA: ReaderData = {
  mentions: [
    {
      url: MARCH_28.url,
      title: 'Page 28 <b>bold</b>',
      issue: MARCH_28.issue,
      pageNumber: 28,
      entryIds: ['iom', 'unhcr'],
      counts: [3, 1],
      seenAt: Date.UTC(2026, 2, 1),
    },
    {
      url: 'javascript:alert(2)',
      title: '',
      issue: null,
      pageNumber: null,
      entryIds: ['iom'],
      counts: [1],
      seenAt: Date.UTC(2026, 1, 1),
    },
  ],
  highlights: [
    highlight(MARCH_28, {
      quote: 'Herders, <i>traders</i>',
      note: 'A note <script>x</script>',
      entryIds: ['iom'],
    }),
  ],
  termNotes: [termNote(MARCH_28.url, { entryId: 'iom', note: 'Ask about <em>GFMD</em>' })],
};

let root: HTMLElement;
/** The index over ENTRIES, fed by `feed` (called with the page's callbacks); returns its root. */
function show(
  feed: (onData: (data: ReaderData) => void, onError: (error: unknown) => void) => void,
): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const watch: OrganizationIndexProps['watch'] = (onData, onError) => {
    feed(onData, onError);
    return () => undefined;
  };
  render(h(OrganizationIndex, { entries: ENTRIES, watch }), root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const listed = (page: HTMLElement) =>
  [...page.querySelectorAll('details.org')].map((d) => d.getAttribute('data-entry'));
const count = (page: HTMLElement) => page.querySelector('.count')!.textContent;

function type(page: HTMLElement, text: string) {
  const input = page.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function openRow(page: HTMLElement, id: string): HTMLDetailsElement {
  const details = page.querySelector<HTMLDetailsElement>(`details[data-entry="${id}"]`)!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  return details;
}

describe('the index of organizations', () => {
  it('lists every body by kind, under a heading that counts them', async () => {
    const page = show((onData) => onData(DATA));
    await until(() => page.querySelector('[data-met]'));
    expect(page.querySelector('h1')!.textContent).toMatch(/Index of organizations\s*3 bodies/);
    expect([...page.querySelectorAll('section h2')].map((e) => e.textContent)).toEqual([
      'US government agency (1)',
      'UN agency (1)',
      'Intergovernmental organization (1)',
    ]);
    expect(listed(page)).toEqual(['usia', 'unhcr', 'iom']);
    expect(count(page)).toBe('3 of 3 bodies');
    const status = page.querySelector('.count')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(page.querySelector('details[data-entry="iom"] summary')!.textContent).toBe(
      'International Organization for MigrationIOM2 pages · 1 highlight · 1 note',
    );
    expect(page.querySelector('details[data-entry="usia"] .org-met')).toBeNull();
  });

  it('narrows the list as the reader types, and says when nothing matches', async () => {
    const page = show((onData) => onData(DATA));
    await until(() => page.querySelector('[data-met]'));
    type(page, 'refugee agency');
    await until(() => count(page) === '1 of 3 bodies');
    expect(listed(page)).toEqual(['unhcr']);
    type(page, 'no such body');
    const empty = await until(() => page.querySelector('[data-empty="no-match"]'));
    expect(empty.textContent).toMatch(/^No body in the glossary matches “no such body”\./);
    expect(page.querySelector('section')).toBeNull();
    empty.querySelector('button')!.click();
    await until(() => listed(page).length === 3);
  });

  it('keeps only the bodies the reader has met when asked', async () => {
    const page = show((onData) => onData(DATA));
    await until(() => page.querySelector('[data-met]'));
    const box = page.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.closest('label')!.textContent).toMatch(/Only those I have met/);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => count(page) === '2 of 3 bodies');
    expect(listed(page)).toEqual(['unhcr', 'iom']);
  });

  it('draws a row’s body only once it is opened: pages, highlights and notes, as text', async () => {
    const page = show((onData) => onData(DATA));
    await until(() => page.querySelector('[data-met]'));
    expect(page.querySelector('.org-body')).toBeNull();
    const iom = openRow(page, 'iom');
    await until(() => iom.querySelector('.org-body'));
    expect(page.querySelectorAll('.org-body')).toHaveLength(1);
    expect(iom.querySelector('.org-summary')!.textContent).toBe(
      'What International Organization for Migration does.',
    );
    expect(iom.querySelector('.facts')!.textContent).toBe('Founded1951SeatGeneva, Switzerland');
    expect(iom.querySelector('[data-action="official-site"]')!.getAttribute('href')).toBe(
      'https://www.iom.int/',
    );
    const pages = [...iom.querySelectorAll('[data-list="pages"] li')];
    expect(pages.map((li) => li.firstElementChild!.textContent)).toEqual([
      'Page 28 <b>bold</b>',
      'javascript:alert(2)',
    ]);
    expect(pages[0]!.querySelector('a')!.getAttribute('href')).toBe(MARCH_28.url);
    expect(pages[0]!.textContent).toMatch(/named 3 times/);
    // A page whose address is not a web address is named, never linked.
    expect(pages[1]!.querySelector('a')).toBeNull();
    expect(iom.querySelector('[data-list="highlights"] .quote')!.textContent).toBe(
      'Herders, <i>traders</i>',
    );
    expect(iom.querySelector('[data-list="highlights"] .note')!.textContent).toBe(
      'A note <script>x</script>',
    );
    expect(iom.querySelector('[data-list="notes"] .note')!.textContent).toBe(
      'Ask about <em>GFMD</em>',
    );
    expect(iom.querySelectorAll('b, i, em, script')).toHaveLength(0);
  });

  it('links an official site only when it is a web address', async () => {
    const page = show((onData) => onData(DATA));
    await until(() => page.querySelector('[data-met]'));
    const usia = openRow(page, 'usia');
    await until(() => usia.querySelector('.org-body'));
    expect(usia.querySelector('[data-action="official-site"]')).toBeNull();
    expect(usia.querySelector('.facts')!.textContent).toBe('Ended1999');
    expect(usia.querySelector('.hint')!.textContent).toMatch(/No FSJ page you opened/);
  });

  it('follows the database: a page marked later shows up without reloading', async () => {
    let send: ((data: ReaderData) => void) | null = null;
    const page = show((onData) => (send = onData));
    await until(() => send !== null && page.querySelector('details[data-entry="usia"]'));
    expect(page.querySelector('[data-met]')).toBeNull();
    send!(DATA);
    await until(() => page.querySelector('details[data-entry="iom"][data-met]'));
  });

  it('still shows the glossary when the database cannot be read, and says why', async () => {
    const closed = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
    });
    const page = show((_onData, onError) => onError(closed));
    const alert = await until(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/^Could not read your pages, highlights and notes: .*closed/);
    expect(alert.textContent).toMatch(/The glossary is shown without them\.$/);
    expect(listed(page)).toEqual(['usia', 'unhcr', 'iom']);
  });
});
