import { describe, expect, it, vi } from 'vitest';
import { failure, success } from '@contract/envelope';
import { ApiError } from '@contract/errors';
import { createHttpClient } from '../../../renderer/src/api/http-client';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function clientWith(fetchImpl: (url: string, init: RequestInit) => Promise<Response>, extra = {}) {
  const fetchMock = vi.fn(fetchImpl);
  const client = createHttpClient({ fetch: fetchMock as unknown as typeof fetch, ...extra });
  return { client, fetchMock };
}

describe('the HTTP client', () => {
  it('POSTs the arguments as JSON with the page’s request header and unwraps the envelope', async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse(success(null)));
    await expect(client.call('app.dismissNotice', 'n1')).resolves.toBeNull();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/call/app.dismissNotice');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Broadsheet-Request': 'page' });
    expect(JSON.parse(String(init.body))).toEqual(['n1']);
  });

  it('sends no arguments as an empty array', async () => {
    const { client, fetchMock } = clientWith(async () => jsonResponse(success([])));
    await expect(client.call('sections.list')).resolves.toEqual([]);
    expect(fetchMock.mock.calls[0]![1].body).toBe('[]');
  });

  it('throws the envelope’s error as an ApiError with its code', async () => {
    const { client } = clientWith(async () =>
      jsonResponse(failure(new ApiError('INVALID_ARGUMENTS', 'Theme must be one of system, light, dark, sepia.'))),
    );
    const error = await client.call('settings.update', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENTS',
      message: 'Theme must be one of system, light, dark, sepia.',
    });
  });

  it.each([
    [403, 'FORBIDDEN'],
    [404, 'INTERNAL'],
    [500, 'INTERNAL'],
  ])('turns HTTP %i into an ApiError %s', async (status, code) => {
    const { client } = clientWith(async () => new Response('Forbidden', { status }));
    await expect(client.call('sections.list')).rejects.toMatchObject({ name: 'ApiError', code });
  });

  it('tells a refused reader to open the address the preview printed', async () => {
    const { client } = clientWith(async () => new Response('<h1>Open the address…</h1>', { status: 403 }));
    await expect(client.call('sections.list')).rejects.toThrow(/Open the address “npm run preview” printed/);
  });

  it('reports an unreachable server as CORE_UNAVAILABLE', async () => {
    const { client } = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.call('sections.list')).rejects.toMatchObject({ code: 'CORE_UNAVAILABLE' });
  });

  it('reports a body that is not JSON, or not an envelope, as INTERNAL', async () => {
    const { client } = clientWith(async () => new Response('<html>', { status: 200 }));
    await expect(client.call('sections.list')).rejects.toMatchObject({ code: 'INTERNAL' });
    const { client: other } = clientWith(async () => jsonResponse({ sections: [] }));
    await expect(other.call('sections.list')).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  describe('links.openExternal', () => {
    it('opens the server’s normalized URL in a new tab when the server could not', async () => {
      const openWindow = vi.fn();
      const { client } = clientWith(
        async () => jsonResponse(success({ opened: false, url: 'https://example.com/a' })),
        {
          openWindow,
        },
      );
      await expect(client.call('links.openExternal', 'HTTPS://example.com/a')).resolves.toEqual({
        opened: false,
        url: 'https://example.com/a',
      });
      expect(openWindow).toHaveBeenCalledWith('https://example.com/a');
    });

    it('opens nothing itself when the host already did', async () => {
      const openWindow = vi.fn();
      const { client } = clientWith(async () => jsonResponse(success({ opened: true, url: 'https://example.com/' })), {
        openWindow,
      });
      await client.call('links.openExternal', 'https://example.com/');
      expect(openWindow).not.toHaveBeenCalled();
    });

    it('refuses to open an unsafe URL even if the server returned one', async () => {
      const openWindow = vi.fn();
      const { client } = clientWith(async () => jsonResponse(success({ opened: false, url: 'javascript:alert(1)' })), {
        openWindow,
      });
      await expect(client.call('links.openExternal', 'https://example.com/')).rejects.toMatchObject({
        code: 'UNSAFE_URL',
      });
      expect(openWindow).not.toHaveBeenCalled();
    });

    it('opens with noopener by default', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const { client } = clientWith(async () => jsonResponse(success({ opened: false, url: 'https://example.com/' })));
      await client.call('links.openExternal', 'https://example.com/');
      expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener,noreferrer');
      open.mockRestore();
    });
  });
});
