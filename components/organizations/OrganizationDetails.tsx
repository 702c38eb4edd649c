// The open row of a body in the index of organizations: what the glossary says of it (summary,
// dates, seat, official site), the FSJ pages the reader opened that name it, and the reader's
// highlights and notes on it. Every text the reader or a page wrote is rendered as text.

import { textFragmentUrl } from '../../lib/export/textFragment';
import type { OrganizationRow } from '../../lib/notes/organizationIndex';
import { timesNamed, webLink } from '../../lib/notes/organizationLabels';
import { fsjIssueLabel } from '../../lib/page/pageInfo';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function Time({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{dateFormat.format(at)}</time>;
}

/** A link when the address may be one (http or https), else the same words as plain text. */
function MaybeLink({ href, children }: { href: string | null; children: string }) {
  return href === null ? (
    <span>{children}</span>
  ) : (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Facts({ row }: { row: OrganizationRow }) {
  const { founded, ended, successor, seat } = row.entry;
  const facts: [string, string | undefined][] = [
    ['Founded', founded],
    ['Ended', ended],
    ['Successor', successor],
    ['Seat', seat],
  ];
  const known = facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
  if (known.length === 0) return null;
  return (
    <dl class="facts">
      {known.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OrganizationDetails({ row }: { row: OrganizationRow }) {
  const { entry, pages, highlights, notes } = row;
  const site = webLink(entry.url);
  const met = pages.length + highlights.length + notes.length > 0;
  return (
    <div class="org-body">
      <p class="org-summary">{entry.summary}</p>
      <Facts row={row} />
      {site !== null ? (
        <p class="org-site">
          Official website:{' '}
          <a href={site} target="_blank" rel="noopener noreferrer" data-action="official-site">
            {site}
          </a>
        </p>
      ) : null}
      {!met ? <p class="hint">No FSJ page you opened has named it yet.</p> : null}
      {pages.length > 0 ? (
        <>
          <h3>FSJ pages you opened that name it</h3>
          <ul class="org-pages" data-list="pages">
            {pages.map((page) => (
              <li key={page.url} data-page-url={page.url}>
                <MaybeLink href={webLink(page.url)}>{page.title || page.url}</MaybeLink>{' '}
                <span class="meta">
                  {page.issue !== null ? `${fsjIssueLabel(page.issue)} · ` : ''}
                  {timesNamed(page.count)} · <Time at={page.seenAt} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {highlights.length > 0 ? (
        <>
          <h3>Your highlights</h3>
          <ul class="items" data-list="highlights">
            {highlights.map((h) => {
              const passage = webLink(h.pageUrl) && textFragmentUrl(h.pageUrl, h.selectors);
              return (
                <li key={h.id} class="item" data-color={h.color} data-highlight={h.id}>
                  <blockquote class="quote">{h.quote}</blockquote>
                  {h.note !== '' ? <p class="note">{h.note}</p> : null}
                  <p class="meta">
                    <Time at={h.createdAt} />
                    {passage ? (
                      <a href={passage} target="_blank" rel="noopener noreferrer">
                        Open passage
                      </a>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {notes.length > 0 ? (
        <>
          <h3>Your notes</h3>
          <ul class="items" data-list="notes">
            {notes.map((n) => {
              const page = webLink(n.pageUrl);
              return (
                <li key={n.id} class="item" data-term-note={n.id}>
                  <p class="note">{n.note}</p>
                  <p class="meta">
                    <Time at={n.updatedAt} />
                    {page !== null ? (
                      <a href={page} target="_blank" rel="noopener noreferrer">
                        Page it was written on
                      </a>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
