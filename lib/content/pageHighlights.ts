// Wires the reader's highlights on this page: the selection toolbar and its keys, saving through
// the background (shown as saved only once committed; a failed save stays painted, says why, and
// offers Retry), the highlight card (edit, recolour, delete with undo), orphans and re-attaching.

import { describeSpan } from '../anchoring/describe';
import type { Anchor } from '../anchoring/types';
import {
  DEFAULT_COLOR,
  type HighlightColor,
  type HighlightRecord,
  type PageRecord,
} from '../db/types';
import type { ColorNames } from '../highlights/colorNames';
import { createHighlightLayer } from '../highlights/layer';
import { commandSelection, refusalMessage } from '../highlights/selectionCommand';
import { watchSelection, type ToolbarKey } from '../highlights/selectionTriggers';
import type { HighlightSummary, SelectionAction, SelectionCommandReply } from '../messaging/popup';
import type { Overlay } from '../overlay/overlay';
import { nodeBounds, spanOfRange, type Span } from '../text/rangeSpan';
import { rangeReference } from '../card/reference';
import type { PageUi } from './pageView';
import { createFeedback, describeError } from './feedback';
import { highlightCards } from './highlightCards';
import type { AskStore } from './askStore';
import { newRecordId } from '../db/recordId';
import { HIGHLIGHT_ATTRIBUTE } from '../paint/paintHighlights';
import { newHighlight } from '../highlights/newHighlight';
import { highlightHolding } from '../highlights/heldSelection';
import { scrollToPlaced } from '../highlights/scrollTo';
import { highlightSummaries } from '../highlights/summaries';
import { createSaver } from './savingHighlights';

export interface HighlightsOptions {
  ask: AskStore;
  /** Finds the stored selectors in the article's text (in the document that reads pages). */
  place: (text: string, selectors: HighlightRecord['selectors'][]) => Promise<Anchor[]>;
  doc: Document;
  signal: AbortSignal;
  ui: PageUi;
  overlay: () => Overlay;
  page: () => PageRecord;
  colorNames: () => ColorNames;
}

export interface Highlights {
  /** Reads this page's highlights from the database and places them. */
  load(): Promise<void>;
  /** Unpaints them (before the overlay goes). */
  clear(): void;
  summaries(): HighlightSummary[];
  /** Waits for the reader to select the new place of an orphan. */
  reattach(id: string): boolean;
  scrollTo(id: string): boolean;
  /** A shortcut or the context menu: highlights the selection, or opens the note editor for it. */
  fromSelection(action: SelectionAction): SelectionCommandReply;
}

export function startHighlights(options: HighlightsOptions): Highlights {
  const { ask, place, doc, signal, ui, overlay, page, colorNames } = options;
  const layer = createHighlightLayer({
    doc,
    textModel: () => overlay().textModel(),
  });
  /** The reader's selection, and the highlight already on the page that holds it, if any. */
  let selection: { span: Span; range: Range; held: string | null } | null = null;
  let reattaching: HighlightRecord | null = null;
  const feedback = createFeedback(ui);
  const { announce, toast } = feedback;
  const openCard = highlightCards({
    ask,
    ui,
    layer,
    feedback,
    page,
    colorNames,
    isUnsaved: (id) => saver.isUnsaved(id),
    forget: (id) => saver.forget(id),
  });
  const saver = createSaver({
    partsOf: (id) => layer.find(id)?.parts ?? [],
    unpaint: (id) => layer.remove(id),
    store: (page, highlight) => ask({ type: 'gloss:highlights:save', page, highlight }),
    page,
    feedback: {
      announce,
      toast,
      closeToast: (onlyErrors = false) => {
        if (!onlyErrors || ui.state.toast?.tone === 'error') feedback.closeToast();
      },
    },
    describeError,
  });
  const hideToolbar = () => ui.set({ toolbar: null, editor: null });
  const select = (span: Span, range: Range) => {
    const spans = layer.placed().map((p) => ({ id: p.record.id, start: p.start, end: p.end }));
    // While an orphan waits to be re-attached, any passage may take it, a highlighted one too.
    const held = reattaching === null ? highlightHolding(span, spans) : null;
    selection = { span, range: range.cloneRange(), held };
    return selection;
  };
  const spanOf = (range: Range) => {
    const model = overlay().textModel();
    return model === null ? null : spanOfRange(model, range, nodeBounds(model));
  };

  /** Already highlighted: its card (note, tags, colour) opens rather than a second highlight. */
  const openHeld = (): boolean => {
    const held = selection?.held == null ? undefined : layer.find(selection.held);
    if (held === undefined) return false;
    selection = null;
    hideToolbar();
    doc.getSelection()?.removeAllRanges();
    openCard(held);
    return true;
  };

  const create = (color: HighlightColor, note = '', tags: string[] = []) => {
    if (openHeld()) return;
    const model = overlay().textModel();
    if (selection === null || model === null) return;
    const { span } = selection;
    const record = newHighlight({
      text: model.text,
      span,
      marks: overlay().occurrences,
      pageUrl: page().url,
      color,
      note,
      tags,
      id: newRecordId(),
      now: Date.now(),
    });
    selection = null;
    hideToolbar();
    doc.getSelection()?.removeAllRanges();
    layer.add(record, span);
    void saver.save(record);
  };

  const attach = async (record: HighlightRecord) => {
    const model = overlay().textModel();
    if (selection === null || model === null) return;
    const { span } = selection;
    const selectors = describeSpan(model.text, span);
    selection = null;
    reattaching = null;
    hideToolbar();
    doc.getSelection()?.removeAllRanges();
    const reply = await ask({
      type: 'gloss:highlights:update',
      id: record.id,
      changes: { selectors, quote: selectors.quote.exact },
      base: { selectors: record.selectors, quote: record.quote },
    });
    if (!reply.ok) return toast(`Not re-attached: ${describeError(reply.error)}.`, 'error');
    layer.update(reply.value, span);
    toast('Highlight re-attached here.', 'info');
  };

  const openEditor = (focus: 'note' | 'tags') => {
    if (selection === null || openHeld()) return;
    const reference = rangeReference(selection.range);
    ui.set({
      toolbar: null,
      editor: {
        reference,
        quote: overlay().textModel()?.text.slice(selection.span.start, selection.span.end) ?? '',
        note: '',
        tags: [],
        focus,
        saveLabel: 'Highlight with note',
        onSave: (note, tags) => create(DEFAULT_COLOR, note, tags),
        onCancel: hideToolbar,
      },
    });
  };

  const onToolbar = (key: ToolbarKey) => {
    if (key.action === 'dismiss') return hideToolbar();
    if (reattaching !== null) {
      if (key.action === 'highlight') void attach(reattaching);
      return;
    }
    if (key.action === 'highlight') create(key.color ?? DEFAULT_COLOR);
    else openEditor(key.action === 'note' ? 'note' : 'tags');
  };

  watchSelection({
    doc,
    signal,
    accepts: () => overlay().state === 'ready',
    onSelect(range) {
      const span = spanOf(range);
      if (span === null) return hideToolbar();
      const { held } = select(span, range);
      ui.prepareFrame();
      ui.set({
        highlight: null,
        editor: null,
        toolbar: {
          reference: rangeReference(range),
          colorNames: colorNames(),
          reattaching: reattaching?.quote ?? null,
          held: held !== null,
          onHighlight: (color) => onToolbar({ action: 'highlight', color }),
          onNote: () => onToolbar({ action: 'note' }),
          onTag: () => onToolbar({ action: 'tag' }),
          onDismiss: hideToolbar,
        },
      });
    },
    onClear: () => {
      if (ui.state.editor === null) hideToolbar();
    },
    isToolbarShown: () => ui.state.toolbar !== null,
    onKey: onToolbar,
    onHighlight(id) {
      const placed = layer.find(id);
      if (placed !== undefined && ui.state.highlight?.record.id !== id) openCard(placed);
    },
    isPainted: (element) =>
      layer
        .find(element.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? '')
        ?.parts.includes(element as HTMLElement) === true,
  });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && ui.state.highlight !== null) ui.set({ highlight: null });
    },
    { signal },
  );
  // The pointer on a highlight, or a selection made: the reader frame that draws its card (or the
  // note editor) starts loading now, so the card opens without waiting for it.
  doc.addEventListener(
    'pointerover',
    (event) => {
      if ((event.target as Element | null)?.closest?.(`[${HIGHLIGHT_ATTRIBUTE}]`))
        ui.prepareFrame();
    },
    { signal, passive: true },
  );

  return {
    async load() {
      const model = overlay().textModel();
      if (model === null) return;
      const reply = await ask({ type: 'gloss:highlights:list', pageUrl: page().url });
      if (!reply.ok) {
        return toast(`Saved highlights could not be read: ${reply.error.message}`, 'error');
      }
      const records = reply.value;
      const selectors = records.map((r) => r.selectors);
      // Not placed, they are still listed (as not found on this page) and stay stored.
      const anchors: Anchor[] = await place(model.text, selectors).catch((error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        toast(`Saved highlights could not be placed: ${why}`, 'error');
        return records.map(() => ({ status: 'orphan' }) as const);
      });
      layer.load(records, anchors);
    },
    clear() {
      ui.set({ highlight: null, toolbar: null, editor: null });
      layer.clear();
    },
    summaries: () => highlightSummaries(layer.placed(), layer.orphans(), saver.isUnsaved),
    reattach(id) {
      const orphan = layer.orphans().find((o) => o.id === id);
      if (orphan === undefined) return false;
      reattaching = orphan;
      toast(
        'Select the passage this highlight belongs to, then press H (Esc to cancel).',
        'info',
        [{ label: 'Cancel', run: () => ((reattaching = null), feedback.closeToast()) }],
        0,
      );
      return true;
    },
    fromSelection(action) {
      const page = { state: overlay().state, editing: ui.state.editor !== null };
      const found = commandSelection(doc, page, spanOf);
      if ('reason' in found) {
        toast(refusalMessage(found.reason, action), 'info');
        return { done: false, reason: found.reason };
      }
      select(found.span, found.range);
      if (action === 'note') openEditor('note');
      else onToolbar({ action: 'highlight' });
      return { done: true };
    },
    scrollTo(id) {
      const placed = layer.find(id);
      return placed !== undefined && scrollToPlaced(placed);
    },
  };
}
