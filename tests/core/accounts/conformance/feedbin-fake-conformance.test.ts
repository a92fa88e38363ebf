import { conformanceSuite } from './conformance-cases';
import { feedbinFakeTarget } from './feedbin-fake-target';

conformanceSuite(feedbinFakeTarget());
