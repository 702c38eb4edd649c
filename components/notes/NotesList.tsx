// The notes page's list: issue headings, page headings linking to the page, and the items under
// them; only the first items are drawn, and more as the reader scrolls or asks.

import { useEffect, useRef } from 'preact/hooks';
import type { ColorNames } from '../../lib/highlights/colorNames';
import type { IssueGroup } from '../../lib/notes/grouping';
import type { NotesItem } from '../../lib/notes/items';
import type { ItemChanges } from './ItemEditor';
import { NoteItemView } from './NoteItemView';

export interface NotesListProps {
  /** The search it shows the results of (marked on the list, for tests and the bench). */
  query: string;
  groups: IssueGroup[];
  shown: number;
  total: number;
  /** How many items, from the top, are laid out at once (those the first screen can show). */
  eager: number;
  editing: string | null;
  colorNames: ColorNames;
  names: (entryId: string) => string;
  onEdit: (item: NotesItem) => void;
  onSave: (item: NotesItem, changes: ItemChanges) => void;
  onCancel: () => void;
  onDelete: (item: NotesItem) => void;
  onShowMore: () => void;
}

export function NotesList(props: NotesListProps) {
  const { groups, shown, total, editing, colorNames, names, onShowMore } = props;
  let index = 0;
  // Scrolling near the end shows more by itself; the button stays for the keyboard.
  const more = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const target = more.current;
    if (target === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) onShowMore();
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown, total, onShowMore]);
  return (
    <div class="list" data-notes-list data-query={props.query}>
      {groups.map((issue) => (
        <section key={issue.key} class="issue" data-issue={issue.key}>
          <h2>{issue.label}</h2>
          {issue.pages.map((page) => (
            <section key={page.page.url} class="page" data-page={page.page.url}>
              <h3>
                <a href={page.page.url} target="_blank" rel="noopener noreferrer">
                  {page.label}
                </a>
              </h3>
              <ul class="items">
                {page.items.map((item) => (
                  <NoteItemView
                    key={item.key}
                    item={item}
                    editing={editing === item.key}
                    eager={index++ < props.eager}
                    colorNames={colorNames}
                    names={names}
                    onEdit={() => props.onEdit(item)}
                    onSave={(changes) => props.onSave(item, changes)}
                    onCancel={props.onCancel}
                    onDelete={() => props.onDelete(item)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {shown < total ? (
        <p class="more" ref={more}>
          <button type="button" data-action="show-more" onClick={onShowMore}>
            Show more ({total - shown} not shown)
          </button>
        </p>
      ) : null}
    </div>
  );
}
