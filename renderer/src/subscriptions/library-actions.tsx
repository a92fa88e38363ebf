import { createContext, useContext, useState, type ReactNode } from 'react';
import type { SyncTarget } from '@contract/methods/sync';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { LibraryDialog, type DialogRequest } from './LibraryDialog';

/**
 * What the sidebar's menus can do to sections and feeds. Provided once by
 * the sidebar so each row reaches it without threading props through every
 * list; dialogs render in one place.
 */
export interface LibraryActions {
  refresh: (target: SyncTarget) => Promise<void>;
  markAllRead: (target: { kind: 'feed'; feedId: string } | { kind: 'section'; sectionId: string }) => void;
  open: (request: DialogRequest) => void;
}

const Context = createContext<LibraryActions | null>(null);

export function useLibraryActions(): LibraryActions {
  const actions = useContext(Context);
  if (!actions) throw new Error('useLibraryActions needs a LibraryActionsProvider');
  return actions;
}

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
  const actions: LibraryActions = {
    refresh,
    markAllRead: (target) => {
      api.call('articles.markRead', target, true).catch((error: unknown) => report('Marking all as read', error));
    },
    open: setDialog,
  };
  return (
    <Context.Provider value={actions}>
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
    </Context.Provider>
  );
}
