/**
 * SIGKILL during a sync, on the Nextcloud News fake (always served on 127.0.0.1), the child syncing against it: the
 * `items/updated?lastModified` cursor must never move past items a killed sync had not stored yet.
 */
import { nextcloudFakeTarget } from './nextcloud-fake-target';
import { syncKillSuite } from './sync-kill-cases';

syncKillSuite(nextcloudFakeTarget(), { rounds: 16, timeoutMs: 120_000 });
