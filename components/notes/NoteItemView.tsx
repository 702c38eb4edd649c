// One highlight or note on an organization in the notes page's list: the quote (or the
// organization), the note, tags, colour and date, a link to the passage, and Edit / Delete.

import { textFragmentUrl } from '../../lib/export/textFragment';
import type { ColorNames } from '../../lib/highlights/colorNames';
import type { NotesItem } from '../../lib/notes/items';
import { ItemEditor, type ItemChanges } from './ItemEditor';

export interface NoteItemViewProps {
  item: NotesItem;
  editing: boolean;
  /**
   * Laid out at once, even before the browser has found it on screen (the first screen's items):
   * see `.item[data-eager]` in notes.css.
   */
  eager?: boolean;
  colorNames: ColorNames;
  names: (entryId: string) => string;
  onEdit: () => void;
  onSave: (changes: ItemChanges) => void;
  onCancel: () => void;
  onDelete: () => void;
}

/** Links are made once per record: a re-render on each keystroke must not redo them. */
const links = new WeakMap<object, string>();

/** Where an item leads: a highlight to its passage (a text fragment), a note to its page. */
function linkFor(item: NotesItem): string {
  let link = links.get(item.record);
  if (link === undefined) {
    link =
      item.kind === 'highlight'
        ? textFragmentUrl(item.record.pageUrl, item.record.selectors)
        : item.record.pageUrl;
    links.set(item.record, link);
  }
  return link;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function NoteItemView(props: NoteItemViewProps) {
  const { item, editing, colorNames, names } = props;
  const isHighlight = item.kind === 'highlight';
  // The buttons are described by what they act on, for screen readers moving from button to button.
  const subject = `subject-${item.key}`;
  return (
    <li
      class={`item ${item.kind}`}
      data-item={item.key}
      data-color={item.color ?? undefined}
      data-eager={props.eager ? '' : undefined}
      aria-label={isHighlight ? 'Highlight' : `Note on ${names(item.record.entryId)}`}
    >
      {isHighlight ? (
        <blockquote class="quote" id={subject}>
          {item.record.quote}
        </blockquote>
      ) : (
        <p class="about" id={subject}>
          Note on {names(item.record.entryId)}
        </p>
      )}
      {editing ? (
        <ItemEditor
          item={item}
          colorNames={colorNames}
          onSave={props.onSave}
          onCancel={props.onCancel}
        />
      ) : (
        <>
          {item.note !== '' ? <p class="note">{item.note}</p> : null}
          <p class="meta">
            {item.color !== null ? <span class="color-name">{colorNames[item.color]}</span> : null}
            {item.tags.length > 0 ? (
              <span class="tags">{item.tags.map((t) => `#${t}`).join(' ')}</span>
            ) : null}
            {isHighlight && item.entryIds.length > 0 ? (
              <span class="entries">{item.entryIds.map(names).join(', ')}</span>
            ) : null}
            <time dateTime={new Date(item.createdAt).toISOString()}>
              {dateFormat.format(item.createdAt)}
            </time>
          </p>
          <div class="actions">
            <a
              href={linkFor(item)}
              target="_blank"
              rel="noopener noreferrer"
              data-action="open"
              aria-describedby={subject}
            >
              {isHighlight ? 'Open passage' : 'Open page'}
            </a>
            <button
              type="button"
              data-action="edit"
              aria-describedby={subject}
              onClick={props.onEdit}
            >
              Edit
            </button>
            <button
              type="button"
              class="danger"
              data-action="delete"
              aria-describedby={subject}
              onClick={props.onDelete}
            >
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
