/** A failed load, shown where its data would have been, with a way to try again. */
import { describeError } from '../errors/to-error';
import { Icon } from './Icon';
import './inline-error.css';

export function InlineError({ what, error, onRetry }: { what: string; error: Error; onRetry?: () => void }) {
  return (
    <div className="inline-error" role="alert">
      <Icon name="warning" className="inline-error__icon" />
      <div className="inline-error__body">
        <p className="inline-error__title">{what}</p>
        <p className="inline-error__message">{describeError(error)}</p>
        {onRetry && (
          <button type="button" className="button button--small" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
