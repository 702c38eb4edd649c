// What the reader frame draws for each view: a highlight's card, the note editor for a new
// highlight (with the passage it is for), or the reader's notes on an organization (the lower part
// of that organization's card, whose public text the page shows itself; the frame reads and
// writes those notes itself). Each other act of the reader is handed to `onAct`; all user text is
// rendered as text.

import type { ReaderAct, ReaderView } from '../lib/messaging/readerFrame';
import { HighlightCard } from './HighlightCard';
import { NoteEditor } from './NoteEditor';
import type { StoreRequest } from '../lib/messaging/store';
import type { ReplyTo } from '../lib/messaging/storeClient';
import { TermNotesPanel } from './TermNotesPanel';

export interface ReaderFrameViewProps {
  view: ReaderView;
  onAct: (act: ReaderAct) => void;
  /** The store, for the notes on an organization the frame keeps itself. */
  ask: <R extends StoreRequest>(request: R) => Promise<ReplyTo<R>>;
}

const QUOTE_SHOWN = 280;
const clip = (quote: string) =>
  quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote;

export function ReaderFrameView({ view, onAct, ask }: ReaderFrameViewProps) {
  if (view.kind === 'highlight') {
    return (
      <HighlightCard
        key={view.record.id}
        record={view.record}
        reference={null}
        colorNames={view.colorNames}
        fuzzy={view.fuzzy}
        onRecolor={(color) => onAct({ act: 'recolor', color })}
        onEdit={(note, tags) => onAct({ act: 'edit', note, tags })}
        onDelete={() => onAct({ act: 'delete' })}
        onClose={() => onAct({ act: 'close' })}
      />
    );
  }
  if (view.kind === 'editor') {
    return (
      <div class="card panel" role="dialog" aria-label="Note" data-gloss-editor="">
        {view.quote ? <blockquote class="quote">{clip(view.quote)}</blockquote> : null}
        <NoteEditor
          note={view.note}
          tags={view.tags}
          focus={view.focus}
          saveLabel={view.saveLabel}
          onSave={(note, tags) => onAct({ act: 'save', note, tags })}
          onCancel={() => onAct({ act: 'cancel' })}
        />
      </div>
    );
  }
  return (
    <div
      class="card notes-only"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onAct({ act: 'close' });
      }}
    >
      <TermNotesPanel entryId={view.entryId} pageUrl={view.pageUrl} ask={ask} />
    </div>
  );
}
