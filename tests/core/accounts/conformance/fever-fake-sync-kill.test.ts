/**
 * SIGKILL during a sync, on the Fever fake served on 127.0.0.1 in this process, the child syncing against it: with
 * FreshRSS's ids, and with integer ids and toggling `saved` (there a star replayed after a kill must find the
 * server already starred and send nothing, or it would flip the star back).
 */
import { feverFakeTarget } from './fever-fake-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(feverFakeTarget('FreshRSS ids', {}), { rounds: 24, timeoutMs: 120_000 });
syncKillSuite(feverFakeTarget('integer ids, toggling saved', { integerIds: true, savedToggles: true }), {
  rounds: 24,
  timeoutMs: 120_000,
});
