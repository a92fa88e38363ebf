import { FAKE_VARIANTS } from '../../../support/greader-fake/greader-fake';
import { conformanceSuite } from './conformance-cases';
import { fakeTarget } from './fake-target';

for (const service of Object.keys(FAKE_VARIANTS) as (keyof typeof FAKE_VARIANTS)[])
  conformanceSuite(fakeTarget(service));
