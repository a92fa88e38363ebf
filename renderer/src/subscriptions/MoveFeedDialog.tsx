import { useState } from 'react';
import type { Feed } from '@contract/library-models';
import type { Section } from '@contract/models';
import { Modal } from '../ui/Modal';
import { FormError } from '../ui/FormError';
import { NO_SECTION, SectionSelect } from './SectionSelect';
import { useSubmit } from './use-submit';

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
  const [target, setTarget] = useState(feed.sectionId ?? NO_SECTION);
  const { busy, error, run } = useSubmit();
  return (
    <Modal
      title={`Move “${feed.title}”`}
      onClose={onClose}
      onSubmit={() => void run(() => onMove(target === NO_SECTION ? null : target), onClose)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || target === (feed.sectionId ?? NO_SECTION)}
          >
            Move
          </button>
        </>
      }
    >
      <SectionSelect sections={sections} value={target} onChange={setTarget} />
      <FormError message={error} />
    </Modal>
  );
}
