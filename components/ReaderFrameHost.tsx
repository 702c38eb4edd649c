// The reader frame's iframe in the content script's closed shadow root, kept for the page's
// lifetime once first needed (moving or re-creating an iframe reloads it). It floats beside what
// it belongs to (a highlight, the reader's selection) like any card, or lies over the notes slot
// at the foot of a term card; hidden, it stays loaded for the next card.

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PlacementReference } from '../lib/card/reference';
import { keepBeside } from './usePlacement';

export type FrameTarget =
  | { kind: 'float'; reference: PlacementReference }
  | { kind: 'slot'; card: HTMLElement; slot: HTMLElement };

export interface ReaderFrameHostProps {
  src: string;
  /** Called once with the iframe (the page UI gives it the focus for a view typed into). */
  onFrame: (iframe: HTMLIFrameElement) => void;
  target: FrameTarget | null;
  /** The height of what the frame draws; 0 until it has said. */
  height: number;
}

function placeOverSlot(frame: HTMLIFrameElement, card: HTMLElement, slot: HTMLElement): void {
  frame.style.left = `${card.offsetLeft + card.clientLeft + slot.offsetLeft}px`;
  frame.style.top = `${card.offsetTop + card.clientTop + slot.offsetTop}px`;
  frame.style.width = `${slot.offsetWidth}px`;
}

export function ReaderFrameHost({ src, onFrame, target, height }: ReaderFrameHostProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const given = useRef(false);

  useLayoutEffect(() => {
    const element = frame.current;
    if (element === null) return;
    if (!given.current) {
      given.current = true;
      onFrame(element);
    }
    if (target === null) return;
    if (target.kind === 'float') {
      element.style.width = '';
      return keepBeside(target.reference, element);
    }
    // The term card is placed asynchronously and again on resize: follow it.
    const { card, slot } = target;
    const follow = () => placeOverSlot(element, card, slot);
    follow();
    const moves = new MutationObserver(follow);
    moves.observe(card, { attributes: true, attributeFilter: ['style'] });
    const sizes = new ResizeObserver(follow);
    sizes.observe(card);
    return () => {
      moves.disconnect();
      sizes.disconnect();
    };
  }, [target, height, onFrame]);

  const shown = target !== null && height > 0;
  return (
    <iframe
      ref={frame}
      src={src}
      title="Your notes (FSJ Gloss)"
      class={`reader-frame${target?.kind === 'float' ? ' floating' : ''}`}
      data-gloss-reader-frame=""
      data-shown={shown ? '' : undefined}
      tabIndex={shown ? 0 : -1}
      aria-hidden={shown ? undefined : 'true'}
      style={{ height: `${height}px` }}
    />
  );
}
