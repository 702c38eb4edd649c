// The reader's index of organizations: every body in the glossary, grouped by kind, searched as
// the reader types by name, other name or acronym, each with the FSJ pages the reader opened that
// name it and the reader's highlights and notes on it. It shows what the database holds now; when
// the database cannot be read, the glossary is still shown, without the reader's data.

import type { VNode } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toStoreError } from '../../lib/db/errors';
import type { HighlightRecord, PageMentionsRecord, TermNoteRecord } from '../../lib/db/types';
import type { GlossaryEntry } from '../../lib/glossary/types';
import {
  groupByKind,
  isMet,
  organizationRows,
  searchOrganizations,
  type OrganizationRow,
} from '../../lib/notes/organizationIndex';
import { kindHeading } from '../../lib/notes/organizationLabels';
import { OrganizationRowView } from './OrganizationRowView';

/** What the reader has that the index shows beside the glossary. */
export interface ReaderData {
  mentions: PageMentionsRecord[];
  highlights: HighlightRecord[];
  termNotes: TermNoteRecord[];
}

export interface OrganizationIndexProps {
  entries: readonly GlossaryEntry[];
  /** Sends the reader's data, now and after each change anywhere; returns how to stop. */
  watch: (onData: (data: ReaderData) => void, onError: (error: unknown) => void) => () => void;
}

type Loaded =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: ReaderData };

const NONE_MET =
  'You have not met any body yet: open an FSJ article on afsa.org, ' +
  'and the bodies it names are listed here.';
const NONE: ReaderData = { mentions: [], highlights: [], termNotes: [] };
const numberFormat = new Intl.NumberFormat(undefined);
const headingId = (kind: string) => `kind-${kind.replace(/[^a-z]+/gi, '-')}`;
const bodies = (n: number) => `${numberFormat.format(n)} ${n === 1 ? 'body' : 'bodies'}`;

export function OrganizationIndex({ entries, watch }: OrganizationIndexProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const [metOnly, setMetOnly] = useState(false);
  const opened = useRef(new Set<string>()).current;
  /**
   * Each row's element, made once per row: a keystroke redraws the groups around them, and Preact
   * skips an element it is given again, so the thousand rows are not compared on every key.
   */
  const rowElements = useRef(new WeakMap<OrganizationRow, VNode>()).current;

  useEffect(
    () =>
      watch(
        (data) => setLoaded({ kind: 'ready', data }),
        (error) => setLoaded({ kind: 'error', message: toStoreError(error).message }),
      ),
    [watch],
  );

  const data = loaded.kind === 'ready' ? loaded.data : NONE;
  const rows = useMemo(
    () => organizationRows(entries, data.mentions, data.highlights, data.termNotes),
    [entries, data],
  );
  const metCount = useMemo(() => rows.filter(isMet).length, [rows]);
  const shown = useMemo(
    () => searchOrganizations(rows, query, { metOnly }),
    [rows, query, metOnly],
  );
  const groups = useMemo(() => groupByKind(shown), [shown]);

  const rowElement = (row: OrganizationRow) => {
    let element = rowElements.get(row);
    if (element === undefined) {
      element = <OrganizationRowView key={row.entry.id} row={row} opened={opened} />;
      rowElements.set(row, element);
    }
    return element;
  };
  const trimmed = query.trim();

  return (
    <div class="index-page">
      <header class="index-header">
        <h1 data-total={entries.length}>
          Index of organizations <span class="total">{bodies(entries.length)}</span>
        </h1>
        <a href="notes.html" class="header-link" data-action="open-notes">
          Highlights and notes
        </a>
      </header>
      <p class="intro">
        Every body in the glossary, by kind, with the FSJ pages you opened that name it and your
        highlights and notes on it.
      </p>
      {loaded.kind === 'loading' ? <p class="hint">Reading your pages and notes…</p> : null}
      {loaded.kind === 'error' ? (
        <p role="alert" class="error" data-error="read">
          Could not read your pages, highlights and notes: {loaded.message} The glossary is shown
          without them.
        </p>
      ) : null}
      <div class="search-bar" role="search">
        <label class="search">
          Search by name or acronym
          <input
            type="search"
            name="q"
            value={query}
            placeholder="IOM, refugees, Foreign Service…"
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </label>
        <label class="met-only">
          <input
            type="checkbox"
            name="met"
            checked={metOnly}
            onChange={(event) => setMetOnly(event.currentTarget.checked)}
          />{' '}
          Only those I have met
          <span class="hint"> ({numberFormat.format(metCount)})</span>
        </label>
      </div>
      <p class="count" role="status" aria-live="polite" data-count={shown.length}>
        {numberFormat.format(shown.length)} of {bodies(entries.length)}
      </p>
      {shown.length === 0 ? (
        <p class="empty" data-empty={trimmed !== '' ? 'no-match' : 'none-met'}>
          {trimmed !== ''
            ? metOnly
              ? `No body you have met matches “${trimmed}”.`
              : `No body in the glossary matches “${trimmed}”.`
            : NONE_MET}{' '}
          <button
            type="button"
            data-action="show-all"
            onClick={() => {
              setQuery('');
              setMetOnly(false);
            }}
          >
            Show every body
          </button>
        </p>
      ) : null}
      {groups.map((group) => (
        <section
          key={group.kind}
          class="kind"
          data-kind={group.kind}
          aria-labelledby={headingId(group.kind)}
        >
          <h2 id={headingId(group.kind)}>
            {kindHeading(group.kind)} <span class="group-count">({group.rows.length})</span>
          </h2>
          <div class="orgs">{group.rows.map(rowElement)}</div>
        </section>
      ))}
    </div>
  );
}
