/** The convergence property on the protocol fake: FreshRSS's variant, and Miniflux's (hex short ids, offsets, T). */
import type { Step } from './convergence-model';
import { convergenceCases, convergenceProperty } from './convergence-property';
import { fakeTarget } from './fake-target';

convergenceProperty(fakeTarget('freshrss'), { runs: 40, timeoutMs: 120_000 });
convergenceProperty(fakeTarget('miniflux'), { runs: 25, timeoutMs: 120_000 });

convergenceCases(
  fakeTarget('freshrss'),
  {
    // The push had taken a mark-all and "item 0 unread again"; the reader marked all read while it ran: confirming
    // the first mark-all dropped the new read wish, the push still sent "unread", and the server's state won here.
    'marking all read while a push sends an earlier mark-all and an unread-again keeps the article read': [
      { do: 'sync', during: { change: { do: 'readAll' }, at: 2 } },
      { do: 'read', items: [0], read: false },
      { do: 'sync', during: { change: { do: 'readAll' }, at: 1 } },
      { do: 'sync', during: null },
    ] as Step[],
  },
  { timeoutMs: 60_000 },
);
