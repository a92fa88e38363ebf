/** The convergence property on the protocol fake: FreshRSS's variant, and Miniflux's (hex short ids, offsets, T). */
import { convergenceProperty } from './convergence-property';
import { fakeTarget } from './fake-target';

convergenceProperty(fakeTarget('freshrss'), { runs: 40, timeoutMs: 120_000 });
convergenceProperty(fakeTarget('miniflux'), { runs: 25, timeoutMs: 120_000 });
