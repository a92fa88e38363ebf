/** SIGKILL during a sync, on the protocol fake (FreshRSS's variant) in this process, the child syncing against it. */
import { fakeTarget } from './fake-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(fakeTarget('freshrss'), { rounds: 24, timeoutMs: 120_000 });
