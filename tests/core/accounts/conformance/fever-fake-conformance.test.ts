import { conformanceSuite } from './conformance-cases';
import { feverFakeTarget } from './fever-fake-target';

conformanceSuite(feverFakeTarget('FreshRSS ids', {}));
conformanceSuite(feverFakeTarget('integer ids, toggling saved', { integerIds: true, savedToggles: true }));
