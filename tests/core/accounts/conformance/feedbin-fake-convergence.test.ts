/**
 * The convergence property on the Feedbin fake: read and starred states as id lists both ways, new entries by
 * `since`; "mark all read" goes as ids (Feedbin has no mark-all call).
 */
import { convergenceProperty } from './convergence-property';
import { feedbinFakeTarget } from './feedbin-fake-target';

convergenceProperty(feedbinFakeTarget(), { runs: 60, timeoutMs: 120_000 });
