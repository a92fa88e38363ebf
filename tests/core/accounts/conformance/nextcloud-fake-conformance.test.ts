import { conformanceSuite } from './conformance-cases';
import { nextcloudFakeTarget } from './nextcloud-fake-target';

conformanceSuite(nextcloudFakeTarget());
