/** "This rule matches 132 articles", and the newest of them, as the reader edits the rule. */
import { describeError } from '../errors/to-error';
import { shortTime } from '../library/format-time';
import type { PreviewState } from './use-rule-preview';

export function matchesText(matches: number): string {
  if (matches === 0) return 'This rule matches no stored articles.';
  if (matches === 1) return 'This rule matches 1 article.';
  return `This rule matches ${matches.toLocaleString('en')} articles.`;
}

export function RulePreviewPanel({
  state,
  complete,
  refusedByField = false,
}: {
  state: PreviewState;
  complete: boolean;
  /** The core's reason is already beside the pattern it is about: not said twice. */
  refusedByField?: boolean;
}) {
  return (
    <section className="rule-preview" aria-label="Preview" aria-busy={isUpdating(state) || undefined}>
      <p className="rule-preview__count" role="status">
        {!complete
          ? 'The preview shows once every condition has something to look for.'
          : state.status === 'waiting'
            ? 'Looking for matching articles…'
            : state.status === 'error'
              ? refusedByField
                ? 'No preview until the pattern marked above is changed.'
                : `No preview: ${describeError(state.error)}`
              : matchesText(state.preview.matches)}
      </p>
      {complete && state.status === 'ready' && state.preview.recent.length > 0 && (
        <ul className="rule-preview__list" aria-label="Newest matching articles">
          {state.preview.recent.map((article) => (
            <li key={article.id}>
              <span className="rule-preview__title">{article.title || 'Untitled'}</span>
              <span className="rule-preview__meta">
                {article.feedTitle} · <time dateTime={article.sortTime}>{shortTime(article.sortTime)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function isUpdating(state: PreviewState): boolean {
  return state.status !== 'waiting' && state.updating;
}
