/**
 * "Import subscriptions": the OPML tools in a dialog of their own, for the
 * places a new reader looks for them (the empty front page, the first-run
 * offer, the desktop File menu), with a word on what an import does.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useLibraryData } from '../library/library-data';
import { Modal } from '../ui/Modal';
import { OpmlTools } from './OpmlTools';

export function OpmlImportDialog({ onClose }: { onClose: () => void }) {
  const { reload } = useLibraryData();
  return (
    <Modal
      title="Import subscriptions"
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p>
        Bring your feeds from another reader: export them there as an OPML file, then choose it here. Its folders become
        sections; feeds you already have are skipped.
      </p>
      <OpmlTools onImported={reload} focusImport />
    </Modal>
  );
}

/**
 * A button that opens the import dialog by itself, for views that have no dialog of their own to share. The
 * dialog goes to the end of the body: the button may sit in running text (a `<p>`), where a dialog may not.
 */
export function OpmlImportButton({
  className = 'button',
  label = 'Import subscriptions (OPML)…',
}: {
  className?: string;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && createPortal(<OpmlImportDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
