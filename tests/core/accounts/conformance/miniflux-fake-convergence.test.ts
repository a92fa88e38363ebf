/**
 * The convergence property on the Miniflux fake: 2.3.2+ (stars set explicitly) and older servers (the bookmark
 * endpoint toggles: a star sent while the entry already holds it would flip it back). Miniflux's mark-all compares
 * the published date, not an item: "mark all read" goes as ids, as its capabilities say (no `mark-all` rules).
 */
import type { Step } from './convergence-model';
import { convergenceCases, convergenceProperty } from './convergence-property';
import { minifluxFakeTarget } from './miniflux-fake-target';

convergenceProperty(minifluxFakeTarget('new', 'token'), { runs: 40, timeoutMs: 120_000 });
convergenceProperty(minifluxFakeTarget('old', 'password'), { runs: 40, timeoutMs: 120_000 });

convergenceCases(
  minifluxFakeTarget('new', 'token'),
  {
    // `after_entry_id` brought the new entry already read; the pull stored only unread and starred arrivals, so an
    // article read on another device before this sync never showed here (every other service's delta brings it).
    'an entry read on another device before it arrived here is stored, read': [
      { do: 'remoteAdd', feed: 0, count: 1 },
      { do: 'remoteRead', items: [9], read: true },
      { do: 'sync', during: null },
    ] as Step[],
  },
  { timeoutMs: 60_000 },
);
