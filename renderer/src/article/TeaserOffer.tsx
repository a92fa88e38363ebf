/**
 * The note under the headline of an article whose feed sent only a teaser: it says so, offers the full
 * text in one click (or `f`), and offers right here to fetch it always for this feed (the feed's
 * `fullText` option, the same one Feed options sets). Offline the button rests, with the reason.
 */
import { useState } from 'react';
import type { Feed } from '@contract/library-models';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useLibraryData } from '../library/library-data';
import { Icon } from '../ui/Icon';
import { NEEDS_CONNECTION } from './use-full-text';
import './teaser-offer.css';

interface TeaserOfferProps {
  feedId: string;
  fetching: boolean;
  offline: boolean;
  fetchFullText: () => void;
}

export function TeaserOffer({ feedId, fetching, offline, fetchFullText }: TeaserOfferProps) {
  const always = useAlwaysFullText(feedId);
  const show = () => !fetching && !offline && fetchFullText();
  return (
    <aside className="teaser-offer" aria-labelledby="teaser-offer-title">
      <p className="teaser-offer__text">
        <span id="teaser-offer-title" className="teaser-offer__title">
          This is the feed’s summary.
        </span>{' '}
        {offline ? `${NEEDS_CONNECTION}.` : 'The whole article is on its web page.'}
      </p>
      <div className="teaser-offer__actions">
        <button
          type="button"
          className="button button--small button--primary teaser-offer__show"
          onClick={show}
          aria-disabled={fetching || offline}
          aria-busy={fetching}
          aria-keyshortcuts="f"
        >
          <Icon name="article" />
          <span>{fetching ? 'Fetching full text…' : 'Show full text'}</span>
          {!fetching && <kbd aria-hidden="true">f</kbd>}
        </button>
        {always.feed && (
          <label
            className="teaser-offer__always"
            title={`Fetch the full text of every new article from ${always.feed.title}`}
          >
            <input
              type="checkbox"
              checked={always.checked}
              disabled={always.saving}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                always.set(checked);
                if (checked) show();
              }}
            />
            Always for this feed
          </label>
        )}
      </div>
    </aside>
  );
}

/** The feed's "always fetch the full text" option, saved with `feeds.update` and shown at once. */
function useAlwaysFullText(feedId: string) {
  const api = useApi();
  const report = useReportError();
  const { feeds, reload } = useLibraryData();
  const feed: Feed | undefined = feeds.find((candidate) => candidate.id === feedId);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (fullText: boolean) => {
    setChosen(fullText);
    setSaving(true);
    api.call('feeds.update', feedId, { options: { fullText } }).then(
      () => {
        setSaving(false);
        reload();
      },
      (error: unknown) => {
        setSaving(false);
        setChosen(null);
        report('Saving the feed’s full-text choice', error);
      },
    );
  };
  return { feed, checked: chosen ?? feed?.options.fullText ?? false, saving, set };
}
