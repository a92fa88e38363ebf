/**
 * Handing a file to the reader as a browser download: a same-origin address
 * (the preview's finished exports and backups) or text made in the page
 * (OPML). A link with `download` is the one way a page can do it; in the
 * desktop app, Electron's default download handling saves it the same way.
 */

/** Starts a browser download of a same-origin address. */
export function startDownload(url: string, fileName: string, doc: Document = document): void {
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
}

/** Saves text as a file through a Blob address. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  startDownload(url, fileName);
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
