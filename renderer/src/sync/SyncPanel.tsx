import type { Feed } from '@contract/library-models';
import { useAccountList } from '../accounts/accounts-data';
import { useNow } from '../hooks/use-now';
import { Icon } from '../ui/Icon';
import { AccountSyncStatus } from './AccountSyncStatus';
import { FailureSummary } from './FailureSummary';
import { lastRefreshAt, updatedLabel } from './last-refresh';
import type { SyncView } from './use-sync';
import './sync.css';

interface SyncPanelProps {
  sync: SyncView;
  feeds: readonly Feed[];
  onOpenFeed: (feedId: string) => void;
  /** Settings → Accounts, where a sync service's password is entered. */
  onOpenAccounts: () => void;
}

/**
 * Refresh, its progress and cancel, when it last happened, which feeds failed, and each sync service's sync
 * (the refresh button syncs them too).
 */
export function SyncPanel({ sync, feeds, onOpenFeed, onOpenAccounts }: SyncPanelProps) {
  const now = useNow(30_000);
  const accounts = useAccountList();
  const running = sync.running;
  const updated = updatedLabel(lastRefreshAt(sync.lastFinishedAt, sync.lastFinished, feeds), now);
  const offlineReason = 'Offline: refreshing resumes when the connection is back';

  return (
    <section className="sync-panel" aria-label="Refresh">
      <div className="sync-panel__row">
        <button
          type="button"
          className="icon-button sync-panel__refresh"
          aria-label="Refresh all feeds"
          title={sync.online ? 'Refresh all feeds (r)' : offlineReason}
          disabled={running !== null || !sync.online}
          onClick={() => sync.refresh()}
        >
          <Icon name="refresh" className={running ? 'is-spinning' : undefined} />
        </button>
        <p className="sync-panel__status" role="status">
          {running
            ? `Refreshing ${running.done} of ${running.total} feeds`
            : !sync.online
              ? `Offline · ${updated.charAt(0).toLowerCase()}${updated.slice(1)}`
              : updated}
        </p>
      </div>
      {running && (
        <div className="sync-panel__progress">
          <div
            className="sync-progress"
            role="progressbar"
            aria-label="Refresh progress"
            aria-valuemin={0}
            aria-valuemax={Math.max(running.total, 1)}
            aria-valuenow={running.done}
            aria-valuetext={`${running.done} of ${running.total} feeds, ${running.newArticles} new articles`}
          >
            <div
              className="sync-progress__bar"
              style={{ width: `${running.total > 0 ? (100 * running.done) / running.total : 0}%` }}
            />
          </div>
          <div className="sync-panel__row">
            <span className="sync-panel__detail">
              {running.newArticles} new {running.newArticles === 1 ? 'article' : 'articles'}
            </span>
            <button type="button" className="link-button" onClick={sync.cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <AccountSyncStatus accounts={accounts} now={now} online={sync.online} onOpenAccounts={onOpenAccounts} />
      {sync.message && <p className="sync-panel__message">{sync.message}</p>}
      {!running && (
        <FailureSummary
          feeds={feeds}
          now={now}
          online={sync.online}
          onOpenFeed={onOpenFeed}
          onRetry={() => void sync.refresh({ kind: 'failed' })}
        />
      )}
    </section>
  );
}
