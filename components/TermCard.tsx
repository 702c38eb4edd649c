// The term card: what a glossary body is, shown beside the name in the article. Rendered in the
// content script's closed shadow root and placed with Floating UI so it stays on screen and never
// covers the term. The reader's own notes on the body are not drawn here: the card keeps a slot
// at its foot, over which the content script lays the reader frame that draws them.

import type { Ref } from 'preact';
import { usePlacement } from './usePlacement';
import type { TermCardView } from '../lib/content/pageView';

export type TermCardProps = TermCardView & {
  /** The slot for the notes: its height is the frame's, so the card grows around them. */
  notesSlot?: { height: number; ref: Ref<HTMLDivElement> };
  /** The card element, for whoever places the frame over the slot. */
  cardRef?: Ref<HTMLDivElement>;
};

export function TermCard({ entry, count, reference, notesSlot, cardRef }: TermCardProps) {
  const card = usePlacement<HTMLDivElement>(reference);
  const setCard = (element: HTMLDivElement | null) => {
    card.current = element;
    if (typeof cardRef === 'function') cardRef(element);
    else if (cardRef) cardRef.current = element;
  };

  const acronym = entry.acronyms[0];
  const facts: [string, string][] = [];
  if (entry.kind) facts.push(['Kind', entry.kind]);
  if (entry.founded) facts.push(['Founded', entry.founded]);
  if (entry.seat) facts.push(['Seat', entry.seat]);

  return (
    <div
      class="card"
      ref={setCard}
      role="tooltip"
      aria-live="polite"
      data-term={entry.id}
      data-own-entry={entry.own ? '' : undefined}
    >
      <p class="title">
        <span class="name">{entry.name}</span>
        {acronym ? <span class="acronym"> ({acronym})</span> : null}
      </p>
      {entry.own ? <p class="own-entry">Your entry</p> : null}
      {facts.length > 0 ? (
        <dl class="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p class="summary">{entry.summary}</p>
      <p class="footer">
        <span class="count">
          Named {count} {count === 1 ? 'time' : 'times'} in this article
        </span>
        {entry.url ? (
          <a class="site" href={entry.url} target="_blank" rel="noopener noreferrer">
            Official site
          </a>
        ) : null}
      </p>
      {notesSlot ? (
        <div class="notes-slot" ref={notesSlot.ref} style={{ height: `${notesSlot.height}px` }} />
      ) : null}
    </div>
  );
}
