/** SIGKILL during a sync, against the real FreshRSS (skipped, saying why, where ../shared/servers/freshrss is absent). */
import { freshrssTarget } from './freshrss-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(freshrssTarget(), { rounds: 12, timeoutMs: 180_000 });
