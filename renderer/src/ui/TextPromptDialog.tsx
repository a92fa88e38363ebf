import { useState } from 'react';
import { LIMITS } from '@contract/library-models';
import { Modal } from './Modal';
import { FormError } from './FormError';
import { useSubmit } from '../subscriptions/use-submit';

interface TextPromptDialogProps {
  title: string;
  label: string;
  initial?: string;
  submitLabel: string;
  maxLength?: number;
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for one name: a new section, or a new name for a section or feed. */
export function TextPromptDialog({
  title,
  label,
  initial = '',
  submitLabel,
  maxLength = LIMITS.sectionName,
  onSubmit,
  onClose,
}: TextPromptDialogProps) {
  const [value, setValue] = useState(initial);
  const { busy, error, run } = useSubmit();
  const trimmed = value.trim();
  return (
    <Modal
      title={title}
      onClose={onClose}
      onSubmit={() => trimmed && void run(() => onSubmit(trimmed), onClose)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || trimmed === ''}>
            {submitLabel}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">{label}</span>
        <input type="text" value={value} maxLength={maxLength} onChange={(event) => setValue(event.target.value)} />
      </label>
      <FormError message={error} />
    </Modal>
  );
}
