// The Markdown export of everything: the reader picks one document (a section per article) or a
// zip of one file per article, then downloads it.

import { useState } from 'preact/hooks';
import type { MarkdownShape } from './takeAwayActions';

export interface ExportMarkdownProps {
  /** Builds and downloads the export; resolves to what to tell the reader. */
  run: (shape: MarkdownShape) => Promise<string>;
}

const SHAPES: { shape: MarkdownShape; label: string }[] = [
  { shape: 'document', label: 'One document, a section per article' },
  { shape: 'zip', label: 'A zip with one file per article' },
];

export function ExportMarkdown({ run }: ExportMarkdownProps) {
  const [shape, setShape] = useState<MarkdownShape>('document');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const exportNow = async () => {
    setBusy(true);
    setStatus('Preparing the export…');
    try {
      setStatus(await run(shape));
    } catch (error) {
      setStatus(`Not exported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="takeaway-part">
      <h3>Export everything as Markdown</h3>
      <fieldset class="takeaway-shapes">
        <legend>Write</legend>
        {SHAPES.map((option) => (
          <label key={option.shape}>
            <input
              type="radio"
              name="markdown-shape"
              value={option.shape}
              checked={shape === option.shape}
              onChange={() => setShape(option.shape)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        data-action="export-everything"
        disabled={busy}
        onClick={() => void exportNow()}
      >
        Export Markdown
      </button>
      <p role="status" class="takeaway-status" data-status="export">
        {status}
      </p>
    </div>
  );
}
