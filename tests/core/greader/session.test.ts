import { describe, expect, it } from 'vitest';
import { createGReaderClient } from '../../../electron/core/greader/client';
import { GReaderAuthError, GReaderBadResponseError, GReaderNetworkError } from '../../../electron/core/greader/errors';
import type { HttpRequest, HttpResponse } from '../../../electron/core/net/http-transport';

/** A transport that answers from a script and records what it was asked. */
function scripted(answer: (request: HttpRequest) => Partial<HttpResponse> | Error) {
  const requests: HttpRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    const reply = answer(request);
    if (reply instanceof Error) throw reply;
    return { status: 200, headers: {}, body: '', url: request.url, ...reply };
  };
  return { requests, transport };
}

describe('the session', () => {
  it('signs in with ClientLogin’s Auth line and uses it as GoogleLogin auth', async () => {
    const { requests, transport } = scripted((request) =>
      request.url.endsWith('/accounts/ClientLogin')
        ? { body: 'SID=none\nLSID=none\nAuth=LyTEJPvTJiSPrCxLu46d\n' }
        : { body: '{"userId":"1","userName":"Test"}' },
    );
    const client = createGReaderClient({ transport, apiUrl: 'https://theoldreader.com/', service: 'theoldreader' });
    expect(await client.login('test@example.org', 's3cret')).toBe('LyTEJPvTJiSPrCxLu46d');
    await client.userInfo();
    expect(requests[0]).toMatchObject({
      url: 'https://theoldreader.com/accounts/ClientLogin',
      method: 'POST',
      body: 'Email=test%40example.org&Passwd=s3cret',
    });
    expect(requests[0]!.headers.Authorization).toBeUndefined();
    expect(requests[1]).toMatchObject({
      url: 'https://theoldreader.com/reader/api/0/user-info?output=json',
      headers: { Authorization: 'GoogleLogin auth=LyTEJPvTJiSPrCxLu46d' },
    });
  });

  it('reads a JSON ClientLogin answer too', async () => {
    const { transport } = scripted(() => ({ body: '{"SID":"a","LSID":"b","Auth":"tok/123"}' }));
    const client = createGReaderClient({ transport, apiUrl: 'https://m.example', service: 'miniflux' });
    expect(await client.login('u', 'p')).toBe('tok/123');
  });

  it.each([
    [{ status: 401, body: '{"error_message":"access unauthorized"}' }, 'password'],
    [{ status: 403, body: 'Error=BadAuthentication' }, 'password'],
    [{ status: 200, body: 'Error=BadAuthentication\n' }, 'password'],
  ])('reads %j at sign-in as a refused %s', async (reply, reason) => {
    const { transport } = scripted(() => reply);
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    await expect(client.login('u', 'p')).rejects.toMatchObject({ name: 'GReaderAuthError', reason });
  });

  it('says a sign-in answer without a token could not be read', async () => {
    const { transport } = scripted(() => ({ body: '<html>Welcome</html>' }));
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    await expect(client.login('u', 'p')).rejects.toBeInstanceOf(GReaderBadResponseError);
  });

  it('wraps a transport failure with the endpoint, keeping the cause', async () => {
    const cause = new Error('No answer from x.example (ECONNREFUSED).');
    const { transport } = scripted(() => cause);
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    client.setAuth('tok');
    const error = await client.tags().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderNetworkError);
    expect(error).toMatchObject({
      message: 'The server could not be reached: No answer from x.example (ECONNREFUSED).',
      endpoint: 'reader/api/0/tag/list',
      cause,
    });
  });

  it('lets a cancelled call fail with the cancellation itself', async () => {
    const controller = new AbortController();
    const { transport } = scripted(() => {
      controller.abort();
      return new DOMException('This operation was aborted', 'AbortError');
    });
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    client.setAuth('tok');
    await expect(client.tags({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fetches one T token for concurrent writes', async () => {
    const { requests, transport } = scripted((request) => ({
      body: request.url.endsWith('/token') ? 'T-token\n' : 'OK',
    }));
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    client.setAuth('tok');
    await Promise.all([
      client.editTag({ ids: ['1'], add: 'user/-/state/com.google/read' }),
      client.editTag({ ids: ['2'], add: 'user/-/state/com.google/read' }),
    ]);
    expect(requests.filter((request) => request.url.endsWith('/token'))).toHaveLength(1);
    expect(requests.filter((request) => request.body?.includes('T=T-token'))).toHaveLength(2);
  });

  it('forgets the T token of a replaced session', async () => {
    let round = 0;
    const { requests, transport } = scripted((request) => ({
      body: request.url.endsWith('/token') ? `T${++round}` : 'OK',
    }));
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'other' });
    client.setAuth('first');
    expect(await client.token()).toBe('T1');
    client.setAuth('second');
    expect(await client.token()).toBe('T2');
    expect(requests.at(-1)!.headers.Authorization).toBe('GoogleLogin auth=second');
  });

  it('says a 401 on the token call itself ended the session', async () => {
    const { transport } = scripted(() => ({
      status: 401,
      headers: { 'google-bad-token': 'true' },
      body: 'Unauthorized!',
    }));
    const client = createGReaderClient({ transport, apiUrl: 'https://x.example', service: 'freshrss' });
    client.setAuth('tok');
    const error = await client.editTag({ ids: ['1'], add: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GReaderAuthError);
    expect(error).toMatchObject({ reason: 'session', endpoint: 'reader/api/0/token' });
  });
});
