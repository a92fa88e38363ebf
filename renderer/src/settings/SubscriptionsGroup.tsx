/**
 * Settings → Subscriptions: bring feeds in from another reader and take them
 * out again as OPML, where readers look for it besides Manage sections.
 */
import { useId } from 'react';
import { useLibraryData } from '../library/library-data';
import { OpmlTools } from '../subscriptions/OpmlTools';

export function SubscriptionsGroup() {
  const titleId = useId();
  const { feeds, reload } = useLibraryData();
  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h3 className="settings-group__title" id={titleId}>
        Subscriptions
      </h3>
      <p className="settings-field__description">
        {feeds.length === 1 ? 'You follow 1 feed.' : `You follow ${feeds.length} feeds.`} Import an OPML file from
        another reader (its folders become sections; feeds you already have are skipped), or export yours.
      </p>
      <OpmlTools onImported={reload} />
    </section>
  );
}
