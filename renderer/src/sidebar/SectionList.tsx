/**
 * The reader's sections with their feeds, then feeds in no section; loading, error and empty states. With a sync
 * service besides this computer, each account gets a group of its own (`AccountGroup`): its name and status, its
 * sections, its feeds in no section. With this computer alone the sidebar is as it always was.
 */
import { useAccountList } from '../accounts/accounts-data';
import { useStoredState } from '../hooks/use-stored-state';
import { useLibraryData } from '../library/library-data';
import { sidebarLayout } from '../library/sidebar-layout';
import type { Selection } from '../library/views';
import { FeedList } from './FeedList';
import { InlineError } from '../ui/InlineError';
import { AccountGroup } from './AccountGroup';
import { SectionTree } from './SectionTree';
import { unreadOf, type SidebarRows } from './sidebar-rows';
import { AddFeedButton, SubscriptionButtons } from '../subscriptions/SubscriptionButtons';
import { FirstRunOffer } from '../subscriptions/FirstRunOffer';

interface SectionListProps {
  selection: Selection;
  onSelect: (next: Selection) => void;
  /** Settings → Accounts, where an account's password is entered or its failure explained. */
  onOpenAccounts: () => void;
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function SectionList({ selection, onSelect, onOpenAccounts }: SectionListProps) {
  const { sectionsQuery: sections, feeds, counts } = useLibraryData();
  const accounts = useAccountList();
  const [collapsed, setCollapsed] = useStoredState<string[]>('broadsheet.collapsedSections', [], isIdList);
  const rows: SidebarRows = {
    ...unreadOf(counts),
    isCollapsed: (id) => collapsed.includes(id),
    toggle: (id) =>
      setCollapsed(collapsed.includes(id) ? collapsed.filter((other) => other !== id) : [...collapsed, id]),
    selection,
    onSelect,
  };
  // Until the sections arrive, only feeds in no section have a place to be shown.
  const layout =
    sections.status === 'ready'
      ? sidebarLayout(
          accounts.map((account) => account.id),
          sections.value,
          feeds,
        )
      : sidebarLayout(
          [],
          [],
          feeds.filter((feed) => feed.sectionId === null),
        );

  if (accounts.length > 1 && sections.status === 'ready') {
    return (
      <>
        {layout.map((entry) => {
          const account = accounts.find((candidate) => candidate.id === entry.accountId);
          return account ? (
            <AccountGroup
              key={entry.accountId}
              account={account}
              entry={entry}
              rows={rows}
              onOpenAccounts={onOpenAccounts}
            />
          ) : null;
        })}
      </>
    );
  }

  const [only] = layout;
  return (
    <>
      <div className="sidebar-group">
        <div className="sidebar-heading-row">
          <h2 className="sidebar-heading" id="sidebar-sections-heading">
            Sections
          </h2>
          <SubscriptionButtons />
        </div>
        {sections.status === 'loading' && (
          <p className="sidebar-note" role="status">
            Loading sections…
          </p>
        )}
        {sections.status === 'error' && (
          <InlineError what="Sections could not be loaded" error={sections.error} onRetry={sections.retry} />
        )}
        {sections.status === 'ready' && sections.value.length === 0 && (
          <div className="sidebar-empty">
            <p className="sidebar-empty__title">No sections yet</p>
            <p className="sidebar-empty__hint">Add a feed to start your first section.</p>
            <AddFeedButton />
          </div>
        )}
        {sections.status === 'ready' && sections.value.length === 0 && <FirstRunOffer />}
        {only && only.sections.length > 0 && (
          <SectionTree entries={only.sections} labelledBy="sidebar-sections-heading" rows={rows} />
        )}
      </div>
      {only && only.loose.length > 0 && (
        <div className="sidebar-group">
          <h2 className="sidebar-heading" id="sidebar-loose-heading">
            Other feeds
          </h2>
          <FeedList
            label="Other feeds"
            feeds={only.loose}
            feedUnread={rows.feedUnread}
            selection={selection}
            onSelect={onSelect}
          />
        </div>
      )}
    </>
  );
}
