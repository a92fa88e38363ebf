import { LIMITS } from '@contract/library-models';
import { LOCAL_ACCOUNT_ID } from '@contract/methods/accounts';
import { accountOf, useAccountList } from '../accounts/accounts-data';
import { useApi } from '../api/ApiProvider';
import { useLibraryData } from '../library/library-data';
import { AddFeedDialog } from './AddFeedDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FeedOptionsDialog } from './FeedOptionsDialog';
import type { DialogRequest } from './library-actions';
import { MoveFeedDialog } from './MoveFeedDialog';
import { MoveToAccountDialog } from './MoveToAccountDialog';
import { OpmlImportDialog } from './OpmlImportDialog';
import { SectionsManager } from './SectionsManager';
import { TextPromptDialog } from '../ui/TextPromptDialog';

interface LibraryDialogProps {
  request: DialogRequest;
  preferredSectionId: string | null;
  onSelectSection: (sectionId: string | null) => void;
  onRemoved: (removed: { kind: 'section' | 'feed'; id: string }) => void;
  onClose: () => void;
}

/**
 * The one dialog a sidebar action asked for; every change reloads the sidebar when it succeeds. A feed moves
 * among its own account's sections only.
 */
export function LibraryDialog({
  request,
  preferredSectionId,
  onSelectSection,
  onRemoved,
  onClose,
}: LibraryDialogProps) {
  const api = useApi();
  const { sections, reload: onChanged } = useLibraryData();
  const accounts = useAccountList();
  /** A sync service's name when the item is in its account: the change is asked of its server first. */
  const serviceName = (accountId: string) =>
    accountId === LOCAL_ACCOUNT_ID ? null : (accountOf(accounts, accountId)?.name ?? 'the service');
  const then = <T,>(promise: Promise<T>) => promise.then((value) => (onChanged(), value));
  switch (request.kind) {
    case 'add-feed':
      return (
        <AddFeedDialog
          sections={sections}
          preferredSectionId={preferredSectionId}
          {...(request.accountId ? { accountId: request.accountId } : {})}
          onAdded={(sectionId) => {
            onChanged();
            onClose();
            onSelectSection(sectionId);
          }}
          onClose={onClose}
        />
      );
    case 'sections':
      return <SectionsManager sections={sections} onChanged={onChanged} onClose={onClose} />;
    case 'import-opml':
      return <OpmlImportDialog onClose={onClose} />;
    case 'rename-section':
      return (
        <TextPromptDialog
          title="Rename section"
          label="Name"
          initial={request.section.name}
          submitLabel="Rename"
          onSubmit={(name) => then(api.call('sections.rename', request.section.id, name))}
          onClose={onClose}
        />
      );
    case 'delete-section':
      return (
        <ConfirmDialog
          title={`Delete “${request.section.name}”?`}
          confirmLabel="Delete section"
          onConfirm={() =>
            then(api.call('sections.delete', request.section.id)).then(() =>
              onRemoved({ kind: 'section', id: request.section.id }),
            )
          }
          onClose={onClose}
        >
          <p>
            Its{' '}
            {request.section.feedCount === 1
              ? 'feed stays subscribed'
              : `${request.section.feedCount} feeds stay subscribed`}{' '}
            under Other feeds. Bookmarks, notes and read state are kept.
          </p>
          {serviceName(request.section.accountId) && (
            <p>The folder is deleted on {serviceName(request.section.accountId)} too.</p>
          )}
        </ConfirmDialog>
      );
    case 'rename-feed':
      return (
        <TextPromptDialog
          title="Rename feed"
          label="Name"
          initial={request.feed.title}
          submitLabel="Rename"
          maxLength={LIMITS.feedTitle}
          onSubmit={(title) => then(api.call('feeds.update', request.feed.id, { title }))}
          onClose={onClose}
        />
      );
    case 'move-feed':
      return (
        <MoveFeedDialog
          feed={request.feed}
          sections={sections.filter((section) => section.accountId === request.feed.accountId)}
          onMove={(sectionId) => then(api.call('feeds.move', request.feed.id, sectionId))}
          onClose={onClose}
        />
      );
    case 'move-to-account': {
      const { feed, accountId } = request;
      const account = accounts.find((candidate) => candidate.id === accountId);
      if (!account) return null;
      return (
        <MoveToAccountDialog
          feed={feed}
          account={account}
          sections={sections.filter((section) => section.accountId === accountId)}
          currentSectionName={sections.find((section) => section.id === feed.sectionId)?.name ?? null}
          onMove={(sectionId) =>
            then(api.call('feeds.moveToAccount', feed.id, accountId, sectionId)).then(() =>
              onRemoved({ kind: 'feed', id: feed.id }),
            )
          }
          onClose={onClose}
        />
      );
    }
    case 'feed-options':
      return (
        <FeedOptionsDialog
          feed={request.feed}
          onSave={(options) => then(api.call('feeds.update', request.feed.id, { options }))}
          onClose={onClose}
        />
      );
    case 'unsubscribe':
      return (
        <ConfirmDialog
          title={`Unsubscribe from “${request.feed.title}”?`}
          confirmLabel="Unsubscribe"
          onConfirm={() =>
            then(api.call('feeds.remove', request.feed.id)).then(() => onRemoved({ kind: 'feed', id: request.feed.id }))
          }
          onClose={onClose}
        >
          <p>
            Its articles leave the library, except the ones you bookmarked: bookmarks, their tags and notes are kept.
          </p>
          {serviceName(request.feed.accountId) && <p>You unsubscribe on {serviceName(request.feed.accountId)} too.</p>}
        </ConfirmDialog>
      );
  }
}
