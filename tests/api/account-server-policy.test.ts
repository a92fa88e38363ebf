/**
 * The addresses an account may sync with: https anywhere, plain http on this computer, plain http across a
 * network only with the reader's consent, never credentials in the address.
 */
import { describe, expect, it } from 'vitest';
import { checkAccountServerUrl, plainHttpNeedsConsent } from '../../electron/api/url-policy/account-server-policy';

type Expected = string | { refused: string };

// [label, input, without consent, with consent, the form asks]
// prettier-ignore
const ROWS: [string, unknown, Expected, Expected, boolean][] = [
  ['https', 'https://rss.example.com', 'https://rss.example.com/', 'https://rss.example.com/', false],
  ['an API endpoint', 'https://rss.example.com/api/greader.php', 'https://rss.example.com/api/greader.php', 'https://rss.example.com/api/greader.php', false],
  ['a bare host means https', 'rss.example.com', 'https://rss.example.com/', 'https://rss.example.com/', false],
  ['a bare host and port', '  localhost:8080/api ', 'https://localhost:8080/api', 'https://localhost:8080/api', false],
  ['http on localhost', 'http://localhost:8080', 'http://localhost:8080/', 'http://localhost:8080/', false],
  ['http on a .localhost name', 'http://freshrss.localhost', 'http://freshrss.localhost/', 'http://freshrss.localhost/', false],
  ['http on 127.0.0.1', 'http://127.0.0.1:9000/api/greader.php', 'http://127.0.0.1:9000/api/greader.php', 'http://127.0.0.1:9000/api/greader.php', false],
  ['http on 127.1 (another spelling of loopback)', 'http://127.1/', 'http://127.0.0.1/', 'http://127.0.0.1/', false],
  ['http on ::1', 'http://[::1]:8080/', 'http://[::1]:8080/', 'http://[::1]:8080/', false],
  ['http on the local network', 'http://192.168.1.20/freshrss', { refused: 'plain-http' }, 'http://192.168.1.20/freshrss', true],
  ['http on a named server', 'HTTP://nas.local:8080', { refused: 'plain-http' }, 'http://nas.local:8080/', true],
  ['http to the internet', 'http://rss.example.com', { refused: 'plain-http' }, 'http://rss.example.com/', true],
  ['localhost as a subdomain elsewhere', 'http://localhost.evil.example', { refused: 'plain-http' }, 'http://localhost.evil.example/', true],
  ['credentials in the address', 'https://reader:secret@rss.example.com', { refused: 'credentials' }, { refused: 'credentials' }, false],
  ['credentials without a scheme', 'reader:secret@rss.example.com', { refused: 'credentials' }, { refused: 'credentials' }, false],
  ['another scheme', 'ftp://rss.example.com', { refused: 'scheme' }, { refused: 'scheme' }, false],
  ['javascript', 'javascript:alert(1)', { refused: 'malformed' }, { refused: 'malformed' }, false],
  ['empty', '', { refused: 'not-a-url' }, { refused: 'not-a-url' }, false],
  ['not text', 42, { refused: 'not-a-url' }, { refused: 'not-a-url' }, false],
  ['a hidden character', 'https://rss.example.com\u200b', { refused: 'characters' }, { refused: 'characters' }, false],
];

const cell = (raw: unknown, allowHttp: boolean): Expected => {
  const verdict = checkAccountServerUrl(raw, { allowHttp });
  return verdict.allowed ? verdict.url : { refused: verdict.rule };
};

describe('account server addresses', () => {
  it.each(ROWS)('%s', (_label, input, withoutConsent, withConsent, asks) => {
    expect(cell(input, false)).toEqual(withoutConsent);
    expect(cell(input, true)).toEqual(withConsent);
    expect(plainHttpNeedsConsent(input)).toBe(asks);
  });

  it('says why plain http is refused, in words the form can show', () => {
    const verdict = checkAccountServerUrl('http://192.168.1.20', { allowHttp: false });
    expect(verdict).toMatchObject({ allowed: false, rule: 'plain-http', reason: expect.stringMatching(/unencrypted/) });
  });

  it('names how the server is reached', () => {
    expect(checkAccountServerUrl('https://a.example', { allowHttp: false })).toMatchObject({ transport: 'https' });
    expect(checkAccountServerUrl('http://127.0.0.1', { allowHttp: false })).toMatchObject({
      transport: 'loopback-http',
    });
    expect(checkAccountServerUrl('http://10.0.0.2', { allowHttp: true })).toMatchObject({ transport: 'network-http' });
  });
});
