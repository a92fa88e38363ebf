/**
 * Notices already waiting (e.g. a settings file set aside at start-up) plus
 * those that arrive while the app runs. The event subscription starts in the
 * same commit as the list call, and both are merged by id, so a notice raised
 * in between is neither lost nor shown twice.
 */
import { useEffect, useState } from 'react';
import type { Notice } from '@contract/models';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useApiEvent } from './use-api-event';

export function useNotices(): { notices: Notice[]; dismiss: (id: string) => void } {
  const api = useApi();
  const report = useReportError();
  const [notices, setNotices] = useState<Notice[]>([]);

  useApiEvent('app.notice', (notice) => setNotices((list) => merge(list, [notice])));

  useEffect(() => {
    let current = true;
    api.call('app.listNotices').then(
      (listed) => current && setNotices((list) => merge(listed, list)),
      (error: unknown) => current && report('Loading notices', error),
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  const dismiss = (id: string) => {
    api.call('app.dismissNotice', id).then(
      () => setNotices((list) => list.filter((notice) => notice.id !== id)),
      (error: unknown) => report('Dismissing the notice', error),
    );
  };
  return { notices, dismiss };
}

function merge(first: Notice[], second: Notice[]): Notice[] {
  const byId = new Map<string, Notice>();
  for (const notice of [...first, ...second]) byId.set(notice.id, notice);
  return [...byId.values()];
}
