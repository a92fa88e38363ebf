/**
 * Beside the Sections heading (or an account's, when there are several): subscribing, and the sections manager
 * (with OPML). An account whose service does not let other apps manage its subscriptions keeps its "Add feed"
 * button, unavailable, with the reason on hover and for screen readers.
 */
import { useId } from 'react';
import type { Account } from '@contract/methods/accounts';
import { unavailableReason } from '../accounts/capability-text';
import { Icon } from '../ui/Icon';
import { useLibraryActions } from './library-actions';

export function SubscriptionButtons({ account, manage = true }: { account?: Account; manage?: boolean }) {
  const actions = useLibraryActions();
  const reasonId = useId();
  const reason = account ? unavailableReason(account, 'subscriptions') : null;
  const addLabel = account ? `Add feed to ${account.name}` : 'Add feed';
  return (
    <div className="sidebar__tools">
      <button
        type="button"
        className="icon-button"
        aria-label={addLabel}
        title={reason ?? addLabel}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={
          reason ? undefined : () => actions.open({ kind: 'add-feed', ...(account ? { accountId: account.id } : {}) })
        }
      >
        <Icon name="plus" />
      </button>
      {reason && (
        <span className="visually-hidden" id={reasonId}>
          {reason}
        </span>
      )}
      {manage && (
        <button
          type="button"
          className="icon-button"
          aria-label="Manage sections"
          title="Manage sections, import or export OPML"
          onClick={() => actions.open({ kind: 'sections' })}
        >
          <Icon name="sliders" />
        </button>
      )}
    </div>
  );
}

/** The empty sidebar's invitation to subscribe. */
export function AddFeedButton() {
  const actions = useLibraryActions();
  return (
    <button
      type="button"
      className="button button--small sidebar-empty__action"
      onClick={() => actions.open({ kind: 'add-feed' })}
    >
      Add feed…
    </button>
  );
}
