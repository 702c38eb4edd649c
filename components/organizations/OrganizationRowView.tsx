// One body in the index of organizations: a <details> whose summary gives its name, acronyms and
// what the reader has on it. Its body is drawn only while it is open, so a list of a thousand
// bodies stays a thousand short lines.

import { useState } from 'preact/hooks';
import type { OrganizationRow } from '../../lib/notes/organizationIndex';
import { metLine } from '../../lib/notes/organizationLabels';
import { OrganizationDetails } from './OrganizationDetails';

export interface OrganizationRowViewProps {
  row: OrganizationRow;
  /**
   * The ids of the rows the reader has open, kept by the list: a row the search hides and shows
   * again comes back as it was left.
   */
  opened: Set<string>;
}

export function OrganizationRowView({ row, opened }: OrganizationRowViewProps) {
  const { entry } = row;
  const [open, setOpen] = useState(() => opened.has(entry.id));
  const line = metLine(row);
  return (
    <details
      class="org"
      data-entry={entry.id}
      data-met={line !== '' ? 'yes' : undefined}
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now) opened.add(entry.id);
        else opened.delete(entry.id);
        setOpen(now);
      }}
    >
      <summary>
        <span class="org-title">
          <span class="org-name">{entry.name}</span>
          {entry.acronyms.length > 0 ? (
            <span class="org-acronyms">{entry.acronyms.join(', ')}</span>
          ) : null}
        </span>
        {line !== '' ? <span class="org-met">{line}</span> : null}
      </summary>
      {open ? <OrganizationDetails row={row} /> : null}
    </details>
  );
}
