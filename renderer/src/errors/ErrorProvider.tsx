/**
 * Failed actions (a dismiss, a settings change) have no place of their own to
 * show an error, so they report it here and the app shows it in a banner (and
 * sends it to the log). Failed loads show their error where the data would have been.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiProvider';
import { errorReport, sendErrorReport } from './report-errors';
import { toError } from './to-error';

export interface ReportedError {
  id: number;
  action: string;
  error: Error;
}

interface ErrorContextValue {
  errors: ReportedError[];
  report: (action: string, error: unknown) => void;
  dismiss: (id: number) => void;
}

const ErrorContext = createContext<ErrorContextValue | null>(null);

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [errors, setErrors] = useState<ReportedError[]>([]);
  // A ref, not state: two failures in the same tick must still get different ids.
  const nextId = useRef(1);
  const api = useApi();
  const report = useCallback(
    (action: string, error: unknown) => {
      const id = nextId.current++;
      setErrors((list) => [...list, { id, action, error: toError(error) }]);
      sendErrorReport(api, errorReport('action', error, { action }));
    },
    [api],
  );
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((entry) => entry.id !== id)), []);
  const value = useMemo(() => ({ errors, report, dismiss }), [errors, report, dismiss]);
  return <ErrorContext value={value}>{children}</ErrorContext>;
}

function useErrorContext(): ErrorContextValue {
  const value = useContext(ErrorContext);
  if (!value) throw new Error('Error reporting needs an <ErrorProvider> above it.');
  return value;
}

export function useReportError(): ErrorContextValue['report'] {
  return useErrorContext().report;
}

export function useReportedErrors(): Pick<ErrorContextValue, 'errors' | 'dismiss'> {
  const { errors, dismiss } = useErrorContext();
  return { errors, dismiss };
}
