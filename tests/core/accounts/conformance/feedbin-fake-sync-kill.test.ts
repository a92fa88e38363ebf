/**
 * SIGKILL during a sync, on the Feedbin fake (always served on 127.0.0.1), the child syncing against it: the `since`
 * cursor must never move past entries a killed sync had not stored yet.
 */
import { feedbinFakeTarget } from './feedbin-fake-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(feedbinFakeTarget(), { rounds: 16, timeoutMs: 120_000 });
