import { conformanceSuite } from './conformance-cases';
import { freshrssFeverTarget } from './freshrss-fever-target';

conformanceSuite(freshrssFeverTarget());
