import { useApi } from '../api/ApiProvider';
import { useLibraryData } from '../library/library-data';
import { useQuery } from '../hooks/use-query';
import { useStoredState } from '../hooks/use-stored-state';
import { FormError } from '../ui/FormError';
import { OpmlImportButton } from './OpmlImportDialog';
import { useSubmit } from './use-submit';
import './subscriptions.css';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * On first run (an empty library) the core offers a starter set of feeds in
 * sections. One button adds them, another imports the reader's own from
 * another app (OPML); "No thanks" hides the offer for good.
 */
export function FirstRunOffer() {
  const api = useApi();
  const { reload } = useLibraryData();
  const offer = useQuery('library.offerDefaults', []);
  const [declined, setDeclined] = useStoredState('broadsheet.declinedDefaults', false, isBoolean);
  const { busy, error, run } = useSubmit();
  if (declined || offer.status !== 'ready' || !offer.value.offer) return null;
  const names = offer.value.sections.map((section) => section.name);
  const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} and more` : names.join(', ');

  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <div className="first-run__text">
        <strong id="first-run-title">Start with a selection of news sources?</strong>
        <span>
          {offer.value.feeds} feeds in {shown}. Change or remove them any time.
        </span>
        <FormError message={error} />
      </div>
      <div className="first-run__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() =>
            void run(
              () => api.call('library.addDefaults'),
              () => {
                offer.retry();
                reload();
              },
            )
          }
        >
          {busy ? 'Adding…' : 'Add suggested feeds'}
        </button>
        <OpmlImportButton label="Import OPML…" />
        <button type="button" className="button" onClick={() => setDeclined(true)}>
          No thanks
        </button>
      </div>
    </section>
  );
}
