import { useState } from 'react';
import type { Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import { Modal } from '../ui/Modal';
import { FormError } from '../ui/FormError';
import { useSubmit } from './use-submit';

const NONE = '';

/** Moves a feed to another section, or out of every section. */
export function MoveFeedDialog({
  feed,
  sections,
  onMove,
  onClose,
}: {
  feed: Feed;
  sections: readonly Section[];
  onMove: (sectionId: string | null) => Promise<unknown>;
  onClose: () => void;
}) {
  const [target, setTarget] = useState(feed.sectionId ?? NONE);
  const { busy, error, run } = useSubmit();
  return (
    <Modal
      title={`Move “${feed.title}”`}
      onClose={onClose}
      onSubmit={() => void run(() => onMove(target === NONE ? null : target), onClose)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || target === (feed.sectionId ?? NONE)}
          >
            Move
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">Section</span>
        <select value={target} onChange={(event) => setTarget(event.target.value)}>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
          <option value={NONE}>No section</option>
        </select>
      </label>
      <FormError message={error} />
    </Modal>
  );
}
