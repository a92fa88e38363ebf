/** In the reading pane, above an article a rule hid: says so, with "Show again". */
import { useState } from 'react';
import { useShowAgain } from './use-show-again';

export function HiddenNote({ articleId }: { articleId: string }) {
  const showAgain = useShowAgain();
  const [busy, setBusy] = useState(false);
  return (
    <p className="hidden-note">
      A rule hid this article: it is in no list but “Hidden by rules”.{' '}
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // The note goes once the article is back: the keyboard carries on from the article's title.
          void showAgain([articleId]).finally(() => {
            setBusy(false);
            document.getElementById('article-title')?.focus();
          });
        }}
      >
        Show again
      </button>
    </p>
  );
}
