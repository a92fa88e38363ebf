/**
 * Provides the sidebar's library actions once, so each row reaches them without threading props
 * through every list, and renders the one dialog an action asked for.
 */
import { useState, type ReactNode } from 'react';
import type { SyncTarget } from '@contract/methods/sync';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useApiEvent } from '../hooks/use-api-event';
import { LibraryActionsContext, type DialogRequest, type LibraryActions } from './library-actions';
import { LibraryDialog } from './LibraryDialog';

interface ProviderProps {
  refresh: (target: SyncTarget) => Promise<void>;
  onSelectSection: (sectionId: string | null) => void;
  /** A section or feed is gone: a view showing it must move elsewhere. */
  onRemoved: (removed: { kind: 'section' | 'feed'; id: string }) => void;
  preferredSectionId: string | null;
  children: ReactNode;
}

export function LibraryActionsProvider({
  refresh,
  onSelectSection,
  onRemoved,
  preferredSectionId,
  children,
}: ProviderProps) {
  const api = useApi();
  const report = useReportError();
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  // The desktop app's File › Import Subscriptions (OPML)….
  useApiEvent('app.importOpml', () => setDialog({ kind: 'import-opml' }));
  const actions: LibraryActions = {
    refresh,
    syncAccount: (accountId) => {
      api.call('accounts.sync', accountId).catch((error: unknown) => report('Syncing the account', error));
    },
    markAllRead: (target) => {
      api.call('articles.markRead', target, true).catch((error: unknown) => report('Marking all as read', error));
    },
    open: setDialog,
  };
  return (
    <LibraryActionsContext.Provider value={actions}>
      {children}
      {dialog && (
        <LibraryDialog
          request={dialog}
          preferredSectionId={preferredSectionId}
          onSelectSection={onSelectSection}
          onRemoved={onRemoved}
          onClose={() => setDialog(null)}
        />
      )}
    </LibraryActionsContext.Provider>
  );
}
