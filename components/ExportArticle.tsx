// "Export this article" in the popup: the page's highlights and notes as Markdown, downloaded as a
// file named after the FSJ issue and page, or copied to the clipboard.

import { useState } from 'preact/hooks';
import type { ExportFile } from '../lib/export/types';

export interface ExportArticleProps {
  /** Builds this article's Markdown file, or says why it cannot. */
  exportMarkdown: () => Promise<ExportFile>;
  download: (file: ExportFile) => void;
  copy: (text: string) => Promise<void>;
  /** A failure in words the reader understands. */
  describeProblem: (error: unknown) => Promise<string>;
}

export function ExportArticle(props: ExportArticleProps) {
  const { exportMarkdown, download, copy, describeProblem } = props;
  const [status, setStatus] = useState('');
  const run = (action: (file: ExportFile) => Promise<string> | string) =>
    exportMarkdown()
      .then(action)
      .then(setStatus)
      .catch((error: unknown) =>
        describeProblem(error).then((sentence) => setStatus(`Not exported. ${sentence}`)),
      );
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export this article</h2>
      <div class="export-buttons">
        <button
          type="button"
          data-action="download-markdown"
          onClick={() =>
            run((file) => {
              download(file);
              return `Downloaded ${file.name}.`;
            })
          }
        >
          Download Markdown
        </button>
        <button
          type="button"
          data-action="copy-markdown"
          onClick={() => run((file) => copy(file.content).then(() => 'Copied as Markdown.'))}
        >
          Copy Markdown
        </button>
      </div>
      <p role="status" class="export-status">
        {status}
      </p>
    </section>
  );
}
