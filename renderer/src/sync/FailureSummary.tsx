/**
 * The feeds whose last refresh failed, grouped by cause and host, each group with its reason and when its feeds
 * last worked, and one "Retry failed" for all of them. Collapsed to one line until the reader asks.
 */
import { useState } from 'react';
import type { Feed } from '@contract/library-models';
import { Icon } from '../ui/Icon';
import { groupFailures } from './failure-groups';
import { agoLabel } from './last-refresh';

interface FailureSummaryProps {
  feeds: readonly Feed[];
  now: number;
  online: boolean;
  onOpenFeed: (feedId: string) => void;
  onRetry: () => void;
}

export function FailureSummary({ feeds, now, online, onOpenFeed, onRetry }: FailureSummaryProps) {
  const [open, setOpen] = useState(false);
  const groups = groupFailures(feeds);
  const failed = groups.reduce((sum, group) => sum + group.feeds.length, 0);
  if (failed === 0) return null;
  const active = feeds.filter((feed) => !feed.options.paused).length;
  return (
    <div className="sync-panel__failures">
      <button
        type="button"
        className="link-button sync-panel__failed"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon name="warning" /> {failed} of {Math.max(active, failed)} {active === 1 ? 'feed' : 'feeds'} failed
      </button>
      {open && (
        <div className="failure-summary">
          <ul className="failure-summary__groups" aria-label="Why feeds failed">
            {groups.map((group) => (
              <li key={group.key} className="failure-summary__group">
                <p className="failure-summary__headline">
                  {group.headline}
                  <span className="failure-summary__count">
                    {' '}
                    · {group.feeds.length} {group.feeds.length === 1 ? 'feed' : 'feeds'}
                  </span>
                </p>
                <p className="failure-summary__reason">{group.reason}</p>
                <p className="failure-summary__when">
                  {group.lastSuccessAt ? `Last updated ${agoLabel(group.lastSuccessAt, now)}` : 'Never updated yet'}
                </p>
                <ul className="failure-summary__feeds" aria-label={`Feeds: ${group.headline}`}>
                  {group.feeds.map((feed) => (
                    <li key={feed.id}>
                      <button type="button" className="link-button" onClick={() => onOpenFeed(feed.id)}>
                        {feed.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button failure-summary__retry"
            disabled={!online}
            title={online ? undefined : 'Offline: retry when the connection is back'}
            onClick={onRetry}
          >
            Retry failed
          </button>
        </div>
      )}
    </div>
  );
}
