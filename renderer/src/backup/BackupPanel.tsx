/**
 * "Back up…", "Restore…" and "Import bookmarks…" in one small panel, meant to
 * be mounted in the settings view (or any dialog). In the preview, file
 * inputs stand in for the native open dialog.
 */
import { useRef, type ChangeEvent } from 'react';
import { Modal } from '../ui/Modal';
import { useBackupActions } from './use-backup-actions';
import './backup-panel.css';

export function BackupPanel() {
  const actions = useBackupActions();
  const backupInput = useRef<HTMLInputElement>(null);
  const bookmarksInput = useRef<HTMLInputElement>(null);
  const choose = (kind: 'backup' | 'bookmarks') => {
    if (actions.preview) (kind === 'backup' ? backupInput : bookmarksInput).current?.click();
    else void actions.choose(kind);
  };
  const onFile = (kind: 'backup' | 'bookmarks') => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void actions.choose(kind, file);
  };
  const busy = actions.busy !== null;

  return (
    <section className="backup-panel" aria-labelledby="backup-panel-title">
      <h3 id="backup-panel-title">Backup and restore</h3>
      <p className="backup-panel__hint">
        One file with your subscriptions, sections, bookmarks (with their articles, notes, tags and pictures), read
        state and settings. Restoring merges it into this library: nothing here is removed.
      </p>
      <div className="backup-panel__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void actions.backUp()}>
          {actions.busy === 'backup' ? 'Backing up…' : 'Back up…'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => choose('backup')}>
          {actions.busy === 'restore' ? 'Restoring…' : 'Restore…'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => choose('bookmarks')}>
          {actions.busy === 'import' ? 'Importing…' : 'Import bookmarks…'}
        </button>
      </div>
      {actions.preview && (
        <>
          <input
            ref={backupInput}
            type="file"
            hidden
            accept=".bsbackup,.zip"
            aria-label="Backup file to restore"
            onChange={onFile('backup')}
          />
          <input
            ref={bookmarksInput}
            type="file"
            hidden
            accept=".html,.htm,.csv"
            aria-label="Bookmarks file to import"
            onChange={onFile('bookmarks')}
          />
        </>
      )}
      <p className="backup-panel__status" role="status">
        {actions.message}
      </p>
      {actions.error && (
        <p className="backup-panel__error" role="alert">
          {actions.error}
        </p>
      )}
      {actions.pendingRestore && (
        <Modal
          title="Restore this backup?"
          onClose={actions.cancelRestore}
          footer={
            <>
              <button type="button" className="button" onClick={actions.cancelRestore}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                data-autofocus
                onClick={() => void actions.confirmRestore()}
              >
                Restore
              </button>
            </>
          }
        >
          <p>
            {actions.pendingRestore.name === 'the chosen backup'
              ? 'The chosen backup'
              : `“${actions.pendingRestore.name}”`}{' '}
            will be merged into this library: its subscriptions, sections, bookmarks and read state are added to yours,
            and its settings replace the current ones. Nothing in this library is removed.
          </p>
        </Modal>
      )}
    </section>
  );
}
