/**
 * Moves a feed polled here into a sync service's account: the reader picks one of the account's folders (the
 * one named like the feed's section here is offered first), and is told what comes along before the server is
 * asked. The move waits for the server and a sync; a refusal or no connection is said in the dialog, and then
 * nothing has changed.
 */
import { useState } from 'react';
import type { Feed } from '@contract/library-models';
import type { Account } from '@contract/methods/accounts';
import type { Section } from '@contract/models';
import { FormError } from '../ui/FormError';
import { Modal } from '../ui/Modal';
import { NO_SECTION, SectionSelect } from './SectionSelect';
import { useSubmit } from './use-submit';

export function MoveToAccountDialog({
  feed,
  account,
  sections,
  currentSectionName,
  onMove,
  onClose,
}: {
  feed: Feed;
  account: Account;
  /** The account's sections (its folders on the server). */
  sections: readonly Section[];
  /** The feed's section here, to offer the account's folder of the same name first. */
  currentSectionName: string | null;
  onMove: (sectionId: string | null) => Promise<unknown>;
  onClose: () => void;
}) {
  const sameName = sections.find(
    (section) => currentSectionName !== null && section.name.toLowerCase() === currentSectionName.toLowerCase(),
  );
  const [target, setTarget] = useState(sameName?.id ?? NO_SECTION);
  const { busy, error, run } = useSubmit();
  return (
    <Modal
      title={`Move “${feed.title}” to ${account.name}`}
      onClose={onClose}
      onSubmit={() => void run(() => onMove(target === NO_SECTION ? null : target), onClose)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Moving…' : 'Move'}
          </button>
        </>
      }
    >
      <p>
        {account.name} subscribes to this feed and syncs it from then on. What you have read and your bookmarks, with
        their notes and tags, come along; bookmarked articles the server no longer has are kept too. The copy on this
        computer is then removed.
      </p>
      {account.capabilities.folders && (
        <SectionSelect sections={sections} value={target} onChange={setTarget} disabled={busy} />
      )}
      <FormError message={error} />
    </Modal>
  );
}
