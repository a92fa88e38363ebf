import { describe, expect, it } from 'vitest';
import { completeApiUrl } from '../../../electron/core/greader/api-url';
import { GREADER_SERVICES } from '../../../electron/core/greader/services';

const { freshrss, miniflux, inoreader, theoldreader, bazqux, other } = GREADER_SERVICES;

describe('completeApiUrl', () => {
  it.each([
    [freshrss, 'https://rss.example.org', 'https://rss.example.org/api/greader.php'],
    [freshrss, 'rss.example.org/', 'https://rss.example.org/api/greader.php'],
    [freshrss, 'https://example.org/freshrss/', 'https://example.org/freshrss/api/greader.php'],
    [freshrss, 'https://example.org/api/greader.php', 'https://example.org/api/greader.php'],
    [freshrss, 'https://example.org/p/api/greader.php', 'https://example.org/p/api/greader.php'],
    [freshrss, 'https://example.org/api/greader.php/reader/api/0/', 'https://example.org/api/greader.php'],
    [freshrss, 'http://127.0.0.1:8080', 'http://127.0.0.1:8080/api/greader.php'],
    [miniflux, 'https://miniflux.example.org/', 'https://miniflux.example.org'],
    [miniflux, 'https://example.org/miniflux', 'https://example.org/miniflux'],
    [miniflux, 'https://example.org/reader/api/0', 'https://example.org'],
    [other, 'https://example.org/accounts/ClientLogin', 'https://example.org'],
    [inoreader, '', 'https://www.inoreader.com'],
    [inoreader, 'https://jp.inoreader.com', 'https://jp.inoreader.com'],
    [theoldreader, null, 'https://theoldreader.com'],
    [bazqux, '  ', 'https://www.bazqux.com'],
  ])('%# %s: %j → %s', (service, typed, expected) => {
    expect(completeApiUrl(service, typed)).toEqual({ ok: true, url: expected });
  });

  it.each([
    [freshrss, '', 'FreshRSS needs the address of your server.'],
    [other, 'ftp://example.org', 'The server address must start with https:// or http://.'],
    [
      miniflux,
      'https://user:secret@example.org',
      'Leave the user name and password out of the address; the form asks for them.',
    ],
    [other, 'http://', '“http://” is not a web address.'],
  ])('%# refuses %j', (service, typed, message) => {
    expect(completeApiUrl(service, typed)).toEqual({ ok: false, message });
  });

  it('never repeats a password typed into the address', () => {
    const outcome = completeApiUrl(miniflux, 'https://user:hunter2@example.org');
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
  });
});
