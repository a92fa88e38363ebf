/**
 * One export from the dialog: run it in the core (progress from
 * exports.progress), then hand the file over (save dialog or download).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@contract/errors';
import type { ExportProgress, ExportRequest, ExportResult, ExportSaveResult } from '@contract/methods/exports';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';
import { startDownload } from '../ui/download';

export type ExportPhase =
  | { state: 'idle' }
  | { state: 'running'; progress: ExportProgress | null }
  | { state: 'done'; result: ExportResult; saved: ExportSaveResult }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export function useExportRun() {
  const api = useApi();
  const [phase, setPhase] = useState<ExportPhase>({ state: 'idle' });
  const cancelled = useRef(false);

  useEffect(
    () =>
      api.on('exports.progress', (progress) => {
        setPhase((current) => (current.state === 'running' ? { state: 'running', progress } : current));
      }),
    [api],
  );

  const start = useCallback(
    async (request: ExportRequest, pdf: boolean) => {
      cancelled.current = false;
      setPhase({ state: 'running', progress: null });
      try {
        const result = await api.call('exports.run', request);
        const saved = await api.call('exports.save', result.token, { pdf });
        // The preview hands the file over as a same-origin download.
        if (saved.kind === 'download') startDownload(saved.url, result.fileName);
        setPhase({ state: 'done', result, saved });
      } catch (error) {
        // Cancelled here, or elsewhere (another window of the preview): either way not a failure.
        const wasCancelled = cancelled.current || (error instanceof ApiError && error.code === 'CANCELLED');
        setPhase(wasCancelled ? { state: 'cancelled' } : { state: 'failed', message: toError(error).message });
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    void api.call('exports.cancel').catch(() => undefined);
  }, [api]);

  return { phase, start, cancel };
}
