/**
 * The convergence property on the Fever fake: FreshRSS's ids, and integer ids with toggling `saved` (a star sent
 * while the server already holds it would flip it back). Fever marks everything item by item (no mark-all on the
 * server: the model queues per-item wishes for "mark all read", as its capabilities say).
 */
import { convergenceProperty } from './convergence-property';
import { feverFakeTarget } from './fever-fake-target';

convergenceProperty(feverFakeTarget('FreshRSS ids', {}), { runs: 60, timeoutMs: 120_000 });
convergenceProperty(feverFakeTarget('integer ids, toggling saved', { integerIds: true, savedToggles: true }), {
  runs: 60,
  timeoutMs: 120_000,
});
