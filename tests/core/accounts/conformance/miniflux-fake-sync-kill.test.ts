/**
 * SIGKILL during a sync, on the Miniflux fake (always served on 127.0.0.1), the child syncing against it: 2.3.2+
 * (stars set explicitly, signed in with an API key) and older servers, whose bookmark endpoint toggles (there a
 * star replayed after a kill must find the entry already starred and send nothing, or it would flip the star back).
 */
import { minifluxFakeTarget } from './miniflux-fake-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(minifluxFakeTarget('new', 'token'), { rounds: 12, timeoutMs: 120_000 });
syncKillSuite(minifluxFakeTarget('old', 'password'), { rounds: 12, timeoutMs: 120_000 });
