/** The "?" overlay: every shortcut in the app's one modal dialog (focus in, Tab kept inside, Escape out). */
import { Modal } from '../ui/Modal';
import { keyLabel, SHORTCUTS } from './shortcuts';
import './shortcuts-dialog.css';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      }
    >
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="shortcut-list__row">
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{keyLabel(key)}</kbd>
              ))}
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
