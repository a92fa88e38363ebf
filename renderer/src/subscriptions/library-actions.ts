/**
 * What the sidebar's menus can do to sections and feeds, as a React context. The rows and the
 * dialogs depend on this small module; `LibraryActionsProvider` supplies it and renders the dialog
 * asked for, so the dialogs never import the provider that renders them.
 */
import { createContext, useContext } from 'react';
import type { Feed } from '@contract/library-models';
import type { SyncTarget } from '@contract/methods/sync';
import type { Section } from '@contract/models';

/** The dialogs a sidebar action can open. */
export type DialogRequest =
  /** `accountId`: the account to offer first (an account's own "Add feed" button); the local one otherwise. */
  | { kind: 'add-feed'; accountId?: string }
  | { kind: 'sections' }
  | { kind: 'import-opml' }
  | { kind: 'rename-section'; section: Section }
  | { kind: 'delete-section'; section: Section }
  | { kind: 'rename-feed'; feed: Feed }
  | { kind: 'move-feed'; feed: Feed }
  /** A feed polled here goes to a sync service's account (its server subscribes; bookmarks and read state come). */
  | { kind: 'move-to-account'; feed: Feed; accountId: string }
  | { kind: 'feed-options'; feed: Feed }
  | { kind: 'unsubscribe'; feed: Feed };

export interface LibraryActions {
  refresh: (target: SyncTarget) => Promise<void>;
  /** A sync service's "Refresh": its account syncs (changes made here first), since the service polls its feeds. */
  syncAccount: (accountId: string) => void;
  markAllRead: (target: { kind: 'feed'; feedId: string } | { kind: 'section'; sectionId: string }) => void;
  open: (request: DialogRequest) => void;
}

export const LibraryActionsContext = createContext<LibraryActions | null>(null);

export function useLibraryActions(): LibraryActions {
  const actions = useContext(LibraryActionsContext);
  if (!actions) throw new Error('useLibraryActions needs a LibraryActionsProvider');
  return actions;
}
