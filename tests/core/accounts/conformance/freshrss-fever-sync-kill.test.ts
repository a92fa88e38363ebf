/**
 * SIGKILL during a sync, against the real FreshRSS's Fever API (`/api/fever.php`); the other device speaks its
 * Google Reader API. Fewer rounds than on the fake: each is a sync against PHP. Skipped, saying why, where
 * ../shared/servers/freshrss is absent.
 */
import { freshrssFeverTarget } from './freshrss-fever-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(freshrssFeverTarget(), { rounds: 8, timeoutMs: 180_000 });
