import { conformanceSuite } from './conformance-cases';
import { minifluxFakeTarget } from './miniflux-fake-target';

conformanceSuite(minifluxFakeTarget('new', 'token'));
conformanceSuite(minifluxFakeTarget('old', 'password'));
