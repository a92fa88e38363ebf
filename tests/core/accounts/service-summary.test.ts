import { describe, expect, it } from 'vitest';
import { accountServices } from '../../../electron/core/accounts/offered-services';

const offered = () => new Map(accountServices().map((info) => [info.service, info]));

describe('what Add account says each service keeps in step', () => {
  it('says feeds and folders change on the server only where the service lets other apps change them', () => {
    const services = offered();
    for (const id of ['miniflux-api', 'nextcloud', 'feedbin', 'freshrss', 'inoreader'] as const)
      expect(services.get(id)?.can).toMatch(
        /feeds and folders you add, rename, move or remove here change on the server too/,
      );
    expect(services.get('fever')?.can).toBe('Read and starred articles stay in step both ways.');
    expect(services.get('fever')?.cannot).toMatch(/^Cannot add or remove feeds/);
  });

  it('names bookmark tags as labels only for the services that keep labels on items', () => {
    const services = offered();
    expect(services.get('freshrss')?.can).toMatch(/bookmark tags travel as the server’s labels/);
    for (const id of ['theoldreader', 'miniflux-api', 'nextcloud', 'feedbin', 'fever'] as const)
      expect(services.get(id)?.can).not.toMatch(/labels/);
  });

  it('offers every service with a line', () => {
    expect(accountServices().every((info) => (info.can ?? '').length > 0)).toBe(true);
  });
});
