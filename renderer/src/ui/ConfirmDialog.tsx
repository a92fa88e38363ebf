import type { ReactNode } from 'react';
import { Modal } from './Modal';
import { FormError } from './FormError';
import { useSubmit } from '../subscriptions/use-submit';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** "Are you sure?" for an action that removes something, saying what is kept. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { busy, error, run } = useSubmit();
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void run(onConfirm, onClose)}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <FormError message={error} />
    </Modal>
  );
}
