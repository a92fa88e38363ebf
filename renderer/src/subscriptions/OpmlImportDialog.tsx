/**
 * "Import subscriptions": the OPML tools in a dialog of their own, for the
 * places a new reader looks for them (the empty front page, the first-run
 * offer, the desktop File menu), with a word on what an import does.
 */
import { useState } from 'react';
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

/** A button that opens the import dialog by itself, for views that have no dialog of their own to share. */
export function OpmlImportButton({ className = 'button' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        Import subscriptions (OPML)…
      </button>
      {open && <OpmlImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
