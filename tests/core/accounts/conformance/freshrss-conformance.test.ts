import { conformanceSuite } from './conformance-cases';
import { freshrssTarget } from './freshrss-target';

conformanceSuite(freshrssTarget());
