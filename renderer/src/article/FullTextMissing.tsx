/**
 * The note under the headline of an article whose web page was fetched but held no credible article text (a login
 * wall, a page of links): the feed's text is what is shown, and the note says so, with a way to try again and a way
 * to read the page in the browser. Offline, trying again rests, with the reason.
 */
import { Icon } from '../ui/Icon';
import { NEEDS_CONNECTION, NOT_EXTRACTED } from './use-full-text';
import './teaser-offer.css';

interface FullTextMissingProps {
  fetching: boolean;
  offline: boolean;
  tryAgain: () => void;
  openOriginal: (() => void) | null;
}

export function FullTextMissing({ fetching, offline, tryAgain, openOriginal }: FullTextMissingProps) {
  return (
    <aside className="teaser-offer" aria-labelledby="full-text-missing-title">
      <p className="teaser-offer__text">
        <span id="full-text-missing-title" className="teaser-offer__title">
          {NOT_EXTRACTED}
        </span>{' '}
        {offline ? `${NEEDS_CONNECTION}.` : 'This is the feed’s text; the whole article is on its web page.'}
      </p>
      <div className="teaser-offer__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => !fetching && !offline && tryAgain()}
          aria-disabled={fetching || offline}
          aria-busy={fetching}
        >
          {fetching ? 'Trying again…' : 'Try again'}
        </button>
        {openOriginal && (
          <button
            type="button"
            className="button button--small button--primary teaser-offer__show"
            onClick={openOriginal}
          >
            <Icon name="external" />
            <span>Open in browser</span>
          </button>
        )}
      </div>
    </aside>
  );
}
