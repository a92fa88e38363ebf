/** Shown instead of the app when there is no library to talk to at all. */
import { describeError } from '../errors/to-error';
import { EmptyState } from '../ui/EmptyState';

export function FatalScreen({ error }: { error: Error }) {
  return (
    <main className="fatal-screen" aria-label="Broadsheet">
      <EmptyState icon="warning" title="Broadsheet cannot start">
        {describeError(error)}
      </EmptyState>
    </main>
  );
}
