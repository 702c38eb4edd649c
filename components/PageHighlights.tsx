// The popup's list of this page's highlights, in page order (a click scrolls to one and flashes
// it), and of the orphans under "Not found on this page", each with its quote and note and a
// button to re-attach it by selecting new text. User text is rendered as text.

import type { HighlightSummary } from '../lib/messaging/popup';

export interface PageHighlightsProps {
  highlights: HighlightSummary[];
  onScroll: (id: string) => void;
  onReattach: (id: string) => void;
}

const SHOWN = 160;
const clip = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

export function PageHighlights({ highlights, onScroll, onReattach }: PageHighlightsProps) {
  const placed = highlights.filter((h) => h.status !== 'orphan');
  const orphans = highlights.filter((h) => h.status === 'orphan');
  return (
    <>
      {placed.length > 0 ? (
        <>
          <h2>Highlights on this page ({placed.length})</h2>
          <ul class="highlights">
            {placed.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  class="highlight"
                  data-highlight={h.id}
                  data-color={h.color}
                  onClick={() => onScroll(h.id)}
                >
                  <span class="quote">{clip(h.quote)}</span>
                  {h.note ? <span class="note">{clip(h.note)}</span> : null}
                  {h.tags.length > 0 ? (
                    <span class="tags">{h.tags.map((t) => `#${t}`).join(' ')}</span>
                  ) : null}
                  {h.status === 'fuzzy' ? <span class="flag">text changed</span> : null}
                  {h.saved ? null : <span class="flag error">not saved</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {orphans.length > 0 ? (
        <section class="orphans" aria-labelledby="orphans-heading">
          <h2 id="orphans-heading">Not found on this page ({orphans.length})</h2>
          <p class="hint">
            The text of these passages changed too much to place them. They are kept; select the
            passage again to re-attach one.
          </p>
          <ul class="highlights">
            {orphans.map((h) => (
              <li key={h.id} class="orphan" data-orphan={h.id} data-color={h.color}>
                <span class="quote">{clip(h.quote)}</span>
                {h.note ? <span class="note">{clip(h.note)}</span> : null}
                <button type="button" data-action="reattach" onClick={() => onReattach(h.id)}>
                  Re-attach…
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
