/** In "Hidden by rules": every article in the list back in the reader's lists at once. */
import { useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { useShowAgain } from './use-show-again';
import './rules.css';

export function ShowAllAgain({ items, complete }: { items: readonly ArticleSummary[]; complete: boolean }) {
  const showAgain = useShowAgain();
  const [busy, setBusy] = useState(false);
  if (items.length === 0) return null;
  const count = items.length === 1 ? '1 article' : `${items.length.toLocaleString('en')} articles`;
  return (
    <button
      type="button"
      className="button button--small show-all-again"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void showAgain(items.map((item) => item.id)).finally(() => setBusy(false));
      }}
    >
      {complete ? `Show ${count} again` : `Show these ${count} again`}
    </button>
  );
}
