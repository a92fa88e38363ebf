/**
 * The convergence property on the Nextcloud News fake: "mark all read" goes as the server's own call
 * (`newestItemId`), and `items/updated` answers items again within the same second (the fake's clock moves a
 * millisecond per change).
 */
import { convergenceProperty } from './convergence-property';
import { nextcloudFakeTarget } from './nextcloud-fake-target';

convergenceProperty(nextcloudFakeTarget(), { runs: 60, timeoutMs: 120_000 });
