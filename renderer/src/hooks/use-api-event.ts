/** Subscribes to one contract event for the component's lifetime; the latest listener always runs. */
import { useEffect, useEffectEvent } from 'react';
import type { EventName, EventPayload } from '@contract/contract';
import { useApi } from '../api/ApiProvider';

export function useApiEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const onEvent = useEffectEvent(listener);
  useEffect(() => api.on(event, (payload) => onEvent(payload)), [api, event]);
}
