import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpRequest, HttpResponse } from '../../../electron/core/net/http-transport';
import { HttpStatusError, requestJson, UnexpectedAnswerError } from '../../../electron/core/net/request-json';

/** A transport that records the request and answers with `response`. */
function fakeTransport(response: Partial<HttpResponse>) {
  const sent: HttpRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    sent.push(request);
    return { status: 200, headers: {}, body: '', url: request.url, ...response };
  };
  return { sent, transport };
}

const Subscriptions = z.object({ subscriptions: z.array(z.object({ id: z.string(), title: z.string() })) });

describe('requestJson', () => {
  it('GETs, asks for JSON and answers the value in the schema’s shape', async () => {
    const { sent, transport } = fakeTransport({ body: '{"subscriptions":[{"id":"feed/1","title":"One","x":1}]}' });
    const answer = await requestJson(
      transport,
      { url: 'https://s.example/list', headers: { Authorization: 'a' } },
      Subscriptions,
    );
    expect(answer.value).toEqual({ subscriptions: [{ id: 'feed/1', title: 'One' }] });
    expect(sent).toEqual([
      { url: 'https://s.example/list', method: 'GET', headers: { accept: 'application/json', Authorization: 'a' } },
    ]);
  });

  it('POSTs a form (a list repeats its name) or JSON', async () => {
    const { sent, transport } = fakeTransport({ body: '{}' });
    await requestJson(
      transport,
      { url: 'https://s.example/edit', form: { i: ['1', '2'], a: 'user/-/state' } },
      z.object({}),
    );
    await requestJson(transport, { url: 'https://s.example/j', method: 'PUT', json: { read: true } }, z.object({}));
    expect(sent.map(({ method, body, headers }) => [method, body, headers['content-type']])).toEqual([
      ['POST', 'i=1&i=2&a=user%2F-%2Fstate', 'application/x-www-form-urlencoded'],
      ['PUT', '{"read":true}', 'application/json'],
    ]);
  });

  it('turns a status outside 2xx into HttpStatusError with the status and headers, never the body', async () => {
    const { transport } = fakeTransport({ status: 429, headers: { 'retry-after': '120' }, body: 'token=abc' });
    const error = await requestJson(transport, { url: 'https://s.example/x' }, z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 429, headers: { 'retry-after': '120' } });
    expect((error as Error).message).toBe('The server asked Broadsheet to slow down (HTTP 429).');
  });

  it.each(['<html>login</html>', '{"subscriptions":"no"}', ''])(
    'refuses a 2xx answer in another shape: %j',
    async (body) => {
      const { transport } = fakeTransport({ body });
      await expect(requestJson(transport, { url: 'https://s.example/x' }, Subscriptions)).rejects.toBeInstanceOf(
        UnexpectedAnswerError,
      );
    },
  );
});
