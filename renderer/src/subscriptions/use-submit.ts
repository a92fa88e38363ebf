/**
 * One form's submission: busy while the call runs, the reader-facing error
 * inline if it fails (the dialog stays open so nothing typed is lost).
 */
import { useState } from 'react';
import { describeError, toError } from '../errors/to-error';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>, onDone?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setBusy(false);
      onDone?.();
    } catch (caught) {
      setBusy(false);
      setError(describeError(toError(caught)));
    }
  };
  return { busy, error, setError, run };
}
