// The notes page's search field and filters (tag, colour, organization, issue). Each filter offers
// only values the reader's data holds; "Clear" resets them all.

import type { HighlightColor } from '../../lib/db/types';
import {
  hasFilters,
  NO_FILTERS,
  type Choice,
  type FilterChoices,
  type NotesFilters,
} from '../../lib/notes/filters';

export interface NotesSearchBarProps {
  query: string;
  filters: NotesFilters;
  choices: FilterChoices;
  onQuery: (query: string) => void;
  onFilters: (filters: NotesFilters) => void;
}

interface FilterSelectProps {
  name: keyof NotesFilters;
  label: string;
  value: string | null;
  choices: Choice[];
  onChange: (value: string | null) => void;
}

/** The value standing for "any" in a select (a real value is never empty but an issue's ''). */
const ANY = '\u0000any';

function FilterSelect({ name, label, value, choices, onChange }: FilterSelectProps) {
  return (
    <label class="filter">
      {label}
      <select
        name={name}
        value={value ?? ANY}
        onChange={(event) => {
          const next = (event.currentTarget as HTMLSelectElement).value;
          onChange(next === ANY ? null : next);
        }}
      >
        <option value={ANY}>Any</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({c.count})
          </option>
        ))}
      </select>
    </label>
  );
}

export function NotesSearchBar({
  query,
  filters,
  choices,
  onQuery,
  onFilters,
}: NotesSearchBarProps) {
  const set = (change: Partial<NotesFilters>) => onFilters({ ...filters, ...change });
  return (
    <div class="search-bar" role="search">
      <label class="search">
        Search
        <input
          type="search"
          name="q"
          value={query}
          placeholder="Quotes, notes, #tags, organizations"
          autoComplete="off"
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="filters">
        <FilterSelect
          name="issue"
          label="Issue"
          value={filters.issue}
          choices={choices.issues}
          onChange={(issue) => set({ issue })}
        />
        <FilterSelect
          name="entryId"
          label="Organization"
          value={filters.entryId}
          choices={choices.entries}
          onChange={(entryId) => set({ entryId })}
        />
        <FilterSelect
          name="tag"
          label="Tag"
          value={filters.tag}
          choices={choices.tags}
          onChange={(tag) => set({ tag })}
        />
        <FilterSelect
          name="color"
          label="Colour"
          value={filters.color}
          choices={choices.colors}
          onChange={(color) => set({ color: color as HighlightColor | null })}
        />
        {hasFilters(filters) ? (
          <button type="button" data-action="clear-filters" onClick={() => onFilters(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
