import { describe, expect, it } from 'vitest';
import {
  GREADER_SERVICES,
  GREADER_SERVICE_IDS,
  isGReaderServiceId,
  serviceHeaders,
} from '../../../electron/core/greader/services';

describe('the Google Reader API services', () => {
  it.each(GREADER_SERVICE_IDS)('%s is complete: a label, and either an address to ask for or a default', (id) => {
    const service = GREADER_SERVICES[id];
    expect(service.id).toBe(id);
    expect(service.label).toMatch(/\S/);
    expect(service.needsUrl).toBe(service.defaultUrl === null);
    if (service.defaultUrl !== null) expect(service.defaultUrl).toMatch(/^https:\/\/[^/]+$/);
    expect(service.limits.idsPerPage).toBeGreaterThanOrEqual(1000);
    expect(service.limits.contentsPerRequest).toBeLessThanOrEqual(250);
    expect(service.limits.idsPerEdit).toBeLessThanOrEqual(250);
  });

  it('asks for app credentials for Inoreader alone, and sends them as its headers', () => {
    expect(GREADER_SERVICE_IDS.filter((id) => GREADER_SERVICES[id].needsAppCredentials)).toEqual(['inoreader']);
    expect(serviceHeaders(GREADER_SERVICES.inoreader, { appId: '1000001414', appKey: 'key' })).toEqual({
      AppId: '1000001414',
      AppKey: 'key',
    });
    expect(serviceHeaders(GREADER_SERVICES.freshrss, { appId: '1', appKey: '2' })).toEqual({});
  });

  it('knows its own names and no others', () => {
    expect(isGReaderServiceId('miniflux')).toBe(true);
    expect(isGReaderServiceId('feedly')).toBe(false);
    expect(isGReaderServiceId('__proto__')).toBe(false);
  });
});
