import { describe, expect, it } from 'vitest';
import { classifyFailure, type FailureContext } from '../../../electron/core/net/classify-error';
import { BodyTooLargeError } from '../../../electron/core/net/read-body';

const context: FailureContext = {
  host: 'news.example:8080',
  hostname: 'news.example',
  port: 8080,
  phase: 'response',
  connectTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  cancelled: false,
  timedOut: false,
};

const withCode = (code: string, extra: object = {}) => Object.assign(new Error(code), { code, ...extra });

describe('classifyFailure', () => {
  it.each([
    [withCode('UND_ERR_CONNECT_TIMEOUT'), 'TIMEOUT_CONNECT', 'Could not connect to news.example:8080 within 15 s.'],
    [withCode('UND_ERR_HEADERS_TIMEOUT'), 'TIMEOUT_TOTAL', 'The server took longer than 60 s to respond.'],
    [
      withCode('ECONNREFUSED', { port: 8080 }),
      'NETWORK',
      'news.example:8080 refused the connection. The site may be down.',
    ],
    [
      withCode('ENOTFOUND', { hostname: 'news.example' }),
      'NETWORK',
      'Could not find news.example:8080. Check the address or your internet connection.',
    ],
    [
      withCode('EAI_AGAIN'),
      'NETWORK',
      'Could not find news.example:8080. Check the address or your internet connection.',
    ],
    [withCode('ECONNRESET'), 'NETWORK', 'news.example:8080 closed the connection without answering.'],
    [withCode('ECONNREFUSED', { port: 3128 }), 'NETWORK', 'Could not reach the feed through the configured proxy.'],
    [
      withCode('ENOTFOUND', { hostname: 'proxy.corp' }),
      'NETWORK',
      'Could not reach the feed through the configured proxy.',
    ],
    [withCode('UND_ERR_PRX_TLS'), 'NETWORK', 'Could not reach the feed through the configured proxy.'],
    [
      withCode('CERT_HAS_EXPIRED'),
      'TLS',
      'The secure connection to news.example:8080 failed: its certificate could not be verified.',
    ],
    [withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 'TLS', expect.stringMatching(/certificate/)],
    [withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), 'TLS', expect.stringMatching(/certificate/)],
    [withCode('Z_DATA_ERROR'), 'DECODE', expect.stringMatching(/damaged/)],
    [withCode('ERR__ERROR_FORMAT_PADDING_1'), 'DECODE', expect.stringMatching(/damaged/)],
    [
      new BodyTooLargeError(5 * 1024 * 1024),
      'TOO_LARGE',
      'The feed is larger than 5 MB, the most Broadsheet downloads at once.',
    ],
    [
      new Error('connect ECONNREFUSED', { cause: withCode('ECONNREFUSED') }),
      'NETWORK',
      expect.stringMatching(/refused/),
    ],
    [new AggregateError([withCode('ECONNREFUSED')]), 'NETWORK', expect.stringMatching(/refused/)],
    [
      Object.assign(new Error('bad'), { name: 'HTTPParserError' }),
      'NETWORK',
      'news.example:8080 sent a response that is not valid HTTP.',
    ],
    ['a string', 'NETWORK', 'Could not reach news.example:8080.'],
    [null, 'NETWORK', 'Could not reach news.example:8080.'],
  ])('maps %o to %s', (error, code, message) => {
    expect(classifyFailure(error, context)).toEqual({ kind: 'error', code, message });
  });

  it('calls a reset after headers a cut-off download', () => {
    expect(classifyFailure(withCode('UND_ERR_SOCKET'), { ...context, phase: 'body' }).message).toMatch(
      /cut off before the feed finished/,
    );
  });

  it('prefers the reader’s cancel over whatever undici reports', () => {
    expect(classifyFailure(withCode('UND_ERR_ABORTED'), { ...context, cancelled: true })).toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('reports the total bound when our own timer fired', () => {
    const result = classifyFailure(withCode('UND_ERR_ABORTED'), { ...context, timedOut: true, phase: 'body' });
    expect(result).toMatchObject({
      code: 'TIMEOUT_TOTAL',
      message: 'The server took longer than 60 s to send the whole feed.',
    });
  });
});
