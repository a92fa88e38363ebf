/** Beside the Sections heading: subscribing, and the sections manager (with OPML). */
import { Icon } from '../ui/Icon';
import { useLibraryActions } from './library-actions';

export function SubscriptionButtons() {
  const actions = useLibraryActions();
  return (
    <div className="sidebar__tools">
      <button
        type="button"
        className="icon-button"
        aria-label="Add feed"
        title="Add feed"
        onClick={() => actions.open({ kind: 'add-feed' })}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Manage sections"
        title="Manage sections, import or export OPML"
        onClick={() => actions.open({ kind: 'sections' })}
      >
        <Icon name="sliders" />
      </button>
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
