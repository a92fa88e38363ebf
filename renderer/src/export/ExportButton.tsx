/** "Export…" for a toolbar: opens the export dialog with what is in front of the reader. */
import { useState } from 'react';
import type { ExportChoice } from './export-choices';
import { ExportDialog } from './ExportDialog';

export function ExportButton({
  choices,
  font,
  className = 'tool-button',
}: {
  choices: readonly ExportChoice[];
  font?: 'serif' | 'sans';
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        title="Export as EPUB, PDF, HTML, Markdown, JSON, CSV or a bookmarks file"
      >
        Export…
      </button>
      {open && <ExportDialog choices={choices} {...(font ? { font } : {})} onClose={() => setOpen(false)} />}
    </>
  );
}
