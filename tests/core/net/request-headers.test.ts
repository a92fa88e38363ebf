import { describe, expect, it } from 'vitest';
import { FEED_ACCEPT, requestHeaders, userAgent } from '../../../electron/core/net/request-headers';

describe('requestHeaders', () => {
  it('names the app, its version and where to learn more', () => {
    expect(userAgent('1.2.3')).toBe('Broadsheet/1.2.3 (+https://broadsheet.invalid; feed reader)');
  });

  it('asks for feeds first and for the encodings it can undo', () => {
    expect(requestHeaders({ appVersion: '1.0.0' })).toEqual({
      'user-agent': userAgent('1.0.0'),
      accept: FEED_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it('echoes stored validators verbatim', () => {
    const headers = requestHeaders({ appVersion: '1', etag: 'W/"abc"', lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT' });
    expect(headers).toMatchObject({ 'if-none-match': 'W/"abc"', 'if-modified-since': 'Wed, 01 Jan 2025 10:00:00 GMT' });
  });

  it.each([
    ['CR/LF', '"a"\r\nX-Injected: 1'],
    ['NUL', '"a\u0000"'],
    ['non-Latin-1', '"☃"'],
    ['oversized', `"${'a'.repeat(2000)}"`],
    ['empty', ''],
  ])('drops a %s validator instead of sending it', (_name, etag) => {
    const headers = requestHeaders({ appVersion: '1', etag, lastModified: etag });
    expect(headers).not.toHaveProperty('if-none-match');
    expect(headers).not.toHaveProperty('if-modified-since');
  });
});
