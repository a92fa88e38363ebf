/**
 * Provides the sidebar's library actions once, so each row reaches them without threading props
 * through every list, and renders the one dialog an action asked for.
 */
import { useState, type ReactNode } from 'react';
import type { Feed } from '@contract/library-models';
import type { SyncTarget } from '@contract/methods/sync';
import type { Section } from '@contract/models';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { LibraryActionsContext, type DialogRequest, type LibraryActions } from './library-actions';
import { LibraryDialog } from './LibraryDialog';

interface ProviderProps {
  sections: readonly Section[];
  feeds: readonly Feed[];
  refresh: (target: SyncTarget) => Promise<void>;
  /** Reloads sections and feeds after a change the core does not announce with new counts. */
  onChanged: () => void;
  onSelectSection: (sectionId: string | null) => void;
  /** A section or feed is gone: a view showing it must move elsewhere. */
  onRemoved: (removed: { kind: 'section' | 'feed'; id: string }) => void;
  preferredSectionId: string | null;
  children: ReactNode;
}

export function LibraryActionsProvider({
  sections,
  feeds,
  refresh,
  onChanged,
  onSelectSection,
  onRemoved,
  preferredSectionId,
  children,
}: ProviderProps) {
  const api = useApi();
  const report = useReportError();
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const actions: LibraryActions = {
    refresh,
    markAllRead: (target) => {
      api.call('articles.markRead', target, true).catch((error: unknown) => report('Marking all as read', error));
    },
    open: setDialog,
    changed: onChanged,
  };
  return (
    <LibraryActionsContext.Provider value={actions}>
      {children}
      {dialog && (
        <LibraryDialog
          request={dialog}
          sections={sections}
          feeds={feeds}
          preferredSectionId={preferredSectionId}
          onChanged={onChanged}
          onSelectSection={onSelectSection}
          onRemoved={onRemoved}
          onClose={() => setDialog(null)}
        />
      )}
    </LibraryActionsContext.Provider>
  );
}
