import type { EventName } from '../../../../electron/api/contract';
import type { CoreService } from '../../../../electron/core/service';
import { startCore } from './core-child';

/** The real core in this process on a data folder, with the events it emitted. */
export function coreIn(dataDir: string): { core: CoreService; events: { event: EventName; payload: unknown }[] } {
  const events: { event: EventName; payload: unknown }[] = [];
  const core = startCore(dataDir, (event, payload) => void events.push({ event, payload }));
  return { core, events };
}
