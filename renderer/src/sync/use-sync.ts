import { useEffect, useState } from 'react';
import type { SyncFinished, SyncProgress, SyncTarget } from '@contract/methods/sync';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from '../hooks/use-api-event';
import { useBrowserOnline } from './use-online';

export interface SyncView {
  /** The run in progress, if any. */
  running: SyncProgress | null;
  lastFinished: SyncFinished | null;
  /** When a run last ended while this window was open (ISO); the sidebar falls back to the feeds' last attempts. */
  lastFinishedAt: string | null;
  /** False when the browser or the core says the network is gone. */
  online: boolean;
  /** A calm one-line status after a refresh that could not happen (offline, unreachable). */
  message: string | null;
  /** Settles once the core has taken the request (progress then arrives as events); never rejects. */
  refresh: (target?: SyncTarget) => Promise<void>;
  cancel: () => void;
}

export const OFFLINE_MESSAGE = 'Offline: nothing was refreshed. Broadsheet will refresh when the connection returns.';

/**
 * Sync as the reader sees it: progress while a run goes, when the last one
 * ended, and whether refreshing is possible. Refreshing offline never
 * becomes an error banner: it is expected, so it is a quiet status line.
 */
export function useSync(reloadKey: unknown = 0): SyncView {
  const api = useApi();
  const browserOnline = useBrowserOnline();
  const [coreOnline, setCoreOnline] = useState(true);
  const [running, setRunning] = useState<SyncProgress | null>(null);
  const [lastFinished, setLastFinished] = useState<SyncFinished | null>(null);
  const [lastFinishedAt, setLastFinishedAt] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.call('sync.status').then(
      (status) => {
        if (!current) return;
        setCoreOnline(status.online);
        setRunning(status.running);
        if (status.lastFinished) setLastFinished(status.lastFinished);
      },
      // Without a status the bar just shows no time; refreshing still works.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, reloadKey, browserOnline]);

  useApiEvent('sync.progress', (progress) => {
    setRunning(progress);
    setMessage(null);
  });
  useApiEvent('sync.finished', (finished) => {
    setRunning(null);
    setLastFinished(finished);
    setLastFinishedAt(new Date().toISOString());
  });

  const online = browserOnline && coreOnline;

  const refresh = async (target: SyncTarget = { kind: 'all' }) => {
    if (!browserOnline) {
      setMessage(OFFLINE_MESSAGE);
      return;
    }
    setMessage(null);
    await api.call('sync.refresh', target).then(
      (status) => {
        setCoreOnline(status.online);
        if (!status.online) setMessage(OFFLINE_MESSAGE);
        else if (status.running) setRunning(status.running);
      },
      () => setMessage('Broadsheet could not start a refresh. It will try again on schedule.'),
    );
  };

  const cancel = () => {
    api.call('sync.cancel').then(
      () => setRunning(null),
      () => setMessage('The refresh could not be stopped.'),
    );
  };

  return { running, lastFinished, lastFinishedAt, online, message, refresh, cancel };
}
