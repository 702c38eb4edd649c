// Saves a file the extension made to the reader's downloads, without the `downloads` permission:
// a Blob URL clicked through an `<a download>` link, as any web page can.

/**
 * Downloads `content` as a file called `name`. Why: the popup and the data section both hand the
 * reader files, and the extension asks for no permission it can do without. The Blob URL is
 * released a minute later, once the browser has surely read it.
 */
export function downloadFile(content: BlobPart, name: string, type: string, doc = document): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}
