import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostLog } from '../../../electron/host/log/loggers';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

/** Each input goes through the real pipeline (fields, formatter, file) and must come out without its secret. */
const CASES: { name: string; input: string; secrets: string[]; kept: string }[] = [
  {
    name: 'URL with user and password',
    input: 'https://alice:hunter2@feeds.example/rss',
    secrets: ['alice', 'hunter2'],
    kept: 'https://***@feeds.example/rss',
  },
  {
    name: 'URL with a user only',
    input: 'http://alice@feeds.example/',
    secrets: ['alice'],
    kept: 'http://***@feeds.example/',
  },
  {
    name: 'password with an @ in it',
    input: 'https://bob:p@ss@host.example/x',
    secrets: ['bob', 'p@ss'],
    kept: 'https://***@host.example/x',
  },
  {
    name: 'proxy URL',
    input: 'proxy socks5://u:s3cret@10.0.0.1:1080 refused',
    secrets: ['u:s3cret', 's3cret'],
    kept: 'socks5://***@10.0.0.1:1080',
  },
  {
    name: 'token query parameter',
    input: 'GET https://api.example/feed?token=abc123&page=2',
    secrets: ['abc123'],
    kept: '?token=***&page=2',
  },
  {
    name: 'api_key query parameter',
    input: 'https://x.example/?api_key=K-42&q=news',
    secrets: ['K-42'],
    kept: 'api_key=***&q=news',
  },
  {
    name: 'key query parameter',
    input: 'https://maps.example/js?key=AIzaSyD-1234',
    secrets: ['AIzaSyD-1234'],
    kept: '?key=***',
  },
  {
    name: 'access_token after a fragment-free path',
    input: 'https://h.example/a/b?x=1&access_token=tok.en-9',
    secrets: ['tok.en-9'],
    kept: 'access_token=***',
  },
  {
    name: 'password, auth and secret parameters',
    input: '/login?user=me&password=pw1&auth=zz9&client_secret=cs7',
    secrets: ['pw1', 'zz9', 'cs7'],
    kept: 'user=me',
  },
  {
    name: 'signature parameter',
    input: 'https://cdn.example/i.png?sig=deadbeef&w=400',
    secrets: ['deadbeef'],
    kept: 'w=400',
  },
  {
    name: 'credentials and a token in one URL',
    input: 'https://a:b@h.example/?token=t0k',
    secrets: ['a:b', 't0k'],
    kept: 'https://***@h.example/?token=***',
  },
  {
    name: 'Authorization header',
    input: 'Authorization: Bearer eyJhbGciOi.payload.sig',
    secrets: ['eyJhbGciOi', 'payload'],
    kept: 'Authorization: ***',
  },
  {
    name: 'Basic credentials',
    input: 'sent Basic YWxpY2U6aHVudGVyMg== to the server',
    secrets: ['YWxpY2U6aHVudGVyMg'],
    kept: 'Basic ***',
  },
  {
    name: 'bare Bearer token',
    input: 'retrying with Bearer 0123456789abcdef',
    secrets: ['0123456789abcdef'],
    kept: 'Bearer ***',
  },
  {
    name: 'Cookie header with several cookies',
    input: 'Cookie: sid=abc; theme=dark; csrf=xyz',
    secrets: ['abc', 'xyz'],
    kept: 'Cookie: ***',
  },
  {
    name: 'Set-Cookie header',
    input: 'Set-Cookie: session=s3ss10n; HttpOnly',
    secrets: ['s3ss10n'],
    kept: 'Set-Cookie: ***',
  },
  {
    name: 'JSON with a password',
    input: '{"user":"me","password":"hunter2","n":1}',
    secrets: ['hunter2'],
    kept: '"password":"***"',
  },
  {
    name: 'JSON headers object',
    input: '{"authorization":"Token abc987","accept":"*/*"}',
    secrets: ['abc987'],
    kept: '"authorization":',
  },
  {
    name: 'assignment in text',
    input: 'config: apiKey=sk-live-77 retries=3',
    secrets: ['sk-live-77'],
    kept: 'retries=3',
  },
  { name: 'X-Api-Key header', input: 'X-Api-Key: 9f9f9f', secrets: ['9f9f9f'], kept: 'X-Api-Key: ***' },
  {
    name: 'Google Reader ClientLogin form',
    input: 'POST /accounts/ClientLogin Email=alice&Passwd=hunter2',
    secrets: ['hunter2'],
    kept: 'Email=alice&Passwd=***',
  },
  {
    name: 'Google Reader write token in a query and a form',
    input: '/reader/api/0/edit-tag?T=tok9z&i=1 body a=x&T=tok8y',
    secrets: ['tok9z', 'tok8y'],
    kept: 'T=***&i=1',
  },
  {
    name: 'ClientLogin answer',
    input: 'SID=alice/8e6845e0 LSID=alice/8e6845e1 Auth=alice/8e6845e2',
    secrets: ['8e6845e0', '8e6845e1', '8e6845e2'],
    kept: 'SID=*** LSID=***',
  },
  {
    name: 'GoogleLogin Authorization header',
    input: 'Authorization: GoogleLogin auth=alice/8e6845e3',
    secrets: ['8e6845e3'],
    kept: 'Authorization: ***',
  },
  {
    name: 'a JWT on its own',
    input: 'token was eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    secrets: ['eyJzdWIiOiIxIn0'],
    kept: 'token was',
  },
];

let log: RunningLog;
let cleanup: () => void;
beforeAll(() => {
  const dir = makeTempDir();
  cleanup = dir.cleanup;
  log = startLog({ logDir: dir.path, fileName: 'broadsheet.log' });
});
afterAll(() => {
  log.stop();
  cleanup();
});

/** The lines written by one call. */
function written(write: () => void): string {
  const before = existsSync(log.path) ? readFileSync(log.path, 'utf8').length : 0;
  write();
  return readFileSync(log.path, 'utf8').slice(before);
}

describe('redaction', () => {
  // Braces in a message template are placeholders, so JSON-ish inputs are only tested as values.
  it.each(CASES.filter((entry) => !entry.input.includes('{')))(
    '$name: hidden in the message',
    ({ input, secrets, kept }) => {
      const line = written(() => hostLog.warn(`Could not fetch ${input}`));
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).toContain(kept);
    },
  );

  it.each(CASES)('$name: hidden in an interpolated value', ({ input, secrets, kept }) => {
    const line = written(() => hostLog.warn('Could not fetch {what}', { what: input }));
    for (const secret of secrets) expect(line).not.toContain(secret);
    expect(line).toContain(kept);
  });

  it.each(CASES)('$name: hidden in an error and its stack', ({ input, secrets }) => {
    const line = written(() => hostLog.error('Failed: {error}', { error: new Error(`request to ${input} failed`) }));
    expect(line).toContain('request to');
    for (const secret of secrets) expect(line).not.toContain(secret);
  });

  it('replaces fields named like secrets, whatever their value looks like', () => {
    const line = written(() =>
      hostLog.info('Signed in as {user} with {password}; proxy {proxy}; sent {headers}', {
        user: 'reader',
        password: 'correct horse',
        proxy: { host: 'p.example', credentials: 'plain words' },
        headers: { Accept: 'text/xml', Authorization: 'lowercase letters only', 'X-Session': 'more words' },
      }),
    );
    expect(line).toContain('Signed in as reader with ***');
    expect(line).toContain('text/xml');
    for (const secret of ['correct horse', 'plain words', 'lowercase letters only', 'more words'])
      expect(line).not.toContain(secret);
  });

  it.each([
    'https://feeds.example/rss?page=2',
    'The author: Alice wrote about keywords',
    'monkey=1 keyboard=yes',
    'Bearer',
    'https://feeds.example/?t=1700000000&page=2',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(written(() => hostLog.info(text))).toContain(text);
  });
});
