/**
 * The core worker's health as last reported. `recoveries` counts returns to
 * "ready" after a restart or failure; views use it as a reload key because a
 * restarted worker may have lost calls that were in flight.
 */
import { useState } from 'react';
import type { CoreStatus } from '@contract/models';
import { useApiEvent } from './use-api-event';

export function useCoreStatus(): { status: CoreStatus | null; recoveries: number } {
  const [status, setStatus] = useState<CoreStatus | null>(null);
  const [recoveries, setRecoveries] = useState(0);
  useApiEvent('core.status', (next) => {
    if (next.state === 'ready' && (status?.state === 'restarting' || status?.state === 'failed')) {
      setRecoveries((n) => n + 1);
    }
    setStatus(next);
  });
  return { status, recoveries };
}
