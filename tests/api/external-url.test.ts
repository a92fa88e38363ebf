import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExternalUrl, isSafeExternalUrl } from '../../electron/api/external-url';

/** Links a reader may follow, and the normalized URL the system browser gets. */
const accepted: [string, string][] = [
  ['https://example.com', 'https://example.com/'],
  ['http://example.com/news?id=1#top', 'http://example.com/news?id=1#top'],
  ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
  ['hTtPs://Example.com', 'https://example.com/'],
  ['https://example.com:8443/a', 'https://example.com:8443/a'],
  ['https://例え.jp/パス', 'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9'],
  ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
  ['https://[2001:db8::1]/', 'https://[2001:db8::1]/'],
  ['https://example.com/%0d%0a', 'https://example.com/%0d%0a'],
];

/** Everything a hostile feed might put in a link. All must be refused. */
const refused: [string, unknown][] = [
  ['javascript', 'javascript:alert(1)'],
  ['javascript, odd case', 'JaVaScRiPt:alert(1)'],
  ['javascript with a tab', 'java\tscript:alert(1)'],
  ['javascript with a newline', 'java\nscript:alert(1)'],
  ['javascript with a NUL', 'java\u0000script:alert(1)'],
  ['javascript, entity-like', 'javascript&colon;alert(1)'],
  ['javascript inside http-looking text', 'javascript://example.com/%0aalert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['file', 'file:///etc/passwd'],
  ['file, Windows share', 'file://server/share/x.exe'],
  ['data', 'data:text/html,<script>alert(1)</script>'],
  ['data, base64', 'data:text/html;base64,PHNjcmlwdD4='],
  ['blob', 'blob:https://example.com/1234'],
  ['view-source', 'view-source:https://example.com'],
  ['about', 'about:blank'],
  ['chrome', 'chrome://settings'],
  ['ftp', 'ftp://example.com/file'],
  ['websocket', 'wss://example.com'],
  ['mailto', 'mailto:someone@example.com'],
  ['custom scheme', 'ms-settings:privacy'],
  ['custom scheme with slashes', 'steam://run/123'],
  ['app scheme', 'app://broadsheet/index.html'],
  ['image cache scheme', 'bsimg://abc'],
  ['smb', 'smb://host/share'],
  ['leading space', ' https://example.com'],
  ['trailing space', 'https://example.com '],
  ['leading newline', '\nhttps://example.com'],
  ['leading NBSP', '\u00a0https://example.com'],
  ['ideographic space', 'https://\u3000example.com'],
  ['zero-width space', 'https://example.com\u200b'],
  ['zero-width joiner in host', 'https://ex\u200dample.com'],
  ['soft hyphen in host', 'https://exam\u00adple.com'],
  ['right-to-left override', 'https://example.com/\u202egpj.exe'],
  ['line separator', 'https://example.com/?q=\u2028'],
  ['byte-order mark', '\ufeffhttps://example.com'],
  ['credentials', 'https://user:pass@example.com/'],
  ['user only', 'https://user@example.com/'],
  ['empty credentials', 'https://@example.com/'],
  ['empty user and password', 'https://:@example.com/'],
  ['look-alike authority', 'https://bank.example.com@evil.example/'],
  ['encoded slash before @', 'https://example.com%2f@evil.example'],
  ['backslashes', 'https:\\\\evil.example'],
  ['mixed slashes', 'https:/\\evil.example'],
  ['backslash before @', 'https://example.com\\@evil.example'],
  ['no slashes', 'https:example.com'],
  ['one slash', 'https:/example.com'],
  ['three slashes', 'https:///example.com'],
  ['no host', 'https://'],
  ['dot host', 'https://./'],
  ['scheme-relative', '//example.com'],
  ['bare host', 'example.com'],
  ['empty', ''],
  ['very long', `https://example.com/${'a'.repeat(9000)}`],
  ['not a string', 42],
  ['null', null],
  ['an object with toString', { toString: () => 'https://example.com' }],
];

describe('checkExternalUrl', () => {
  it.each(accepted)('allows %s as %s', (raw, normalized) => {
    expect(checkExternalUrl(raw)).toEqual({ allowed: true, url: normalized });
  });

  it.each(refused)('refuses %s', (_label, raw) => {
    const verdict = checkExternalUrl(raw);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toMatch(/\w/);
    expect(isSafeExternalUrl(raw)).toBe(false);
  });

  it('accepts URLs up to the length limit and no further', () => {
    const base = 'https://example.com/';
    expect(checkExternalUrl(base + 'a'.repeat(8192 - base.length)).allowed).toBe(true);
    expect(checkExternalUrl(base + 'a'.repeat(8193 - base.length)).allowed).toBe(false);
  });

  it('only ever lets out credential-free http(s) URLs, whose normalized form passes again', () => {
    const candidates = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('https://', 'http://', 'HTTP://', 'javascript:', 'https:\\\\', ' https://'),
          fc.string({ unit: 'binary', maxLength: 60 }),
        )
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(candidates, (raw) => {
        const verdict = checkExternalUrl(raw);
        if (!verdict.allowed) return;
        const url = new URL(verdict.url);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
        expect(verdict.url).not.toMatch(/\s/);
        expect(checkExternalUrl(verdict.url)).toEqual(verdict);
      }),
      { numRuns: 2000 },
    );
  });
});
