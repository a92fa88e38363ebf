import { describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '@contract/client';
import { failure, success } from '@contract/envelope';
import { ApiError } from '@contract/errors';
import { createIpcClient } from '../../../renderer/src/api/ipc-client';

/** A bridge shaped like the preload's, with only the members a test needs. */
function bridge(parts: { invoke?: Record<string, unknown>; events?: Record<string, unknown> }): PreloadBridge {
  return { invoke: parts.invoke ?? {}, events: parts.events ?? {} } as unknown as PreloadBridge;
}

describe('the IPC client', () => {
  it('passes arguments to the bridge and returns the envelope’s value', async () => {
    const invoke = vi.fn(async (url: string) => success({ opened: true, url }));
    const client = createIpcClient(bridge({ invoke: { 'links.openExternal': invoke } }));
    await expect(client.call('links.openExternal', 'https://example.com/')).resolves.toEqual({
      opened: true,
      url: 'https://example.com/',
    });
    expect(invoke).toHaveBeenCalledWith('https://example.com/');
  });

  it('throws an ApiError with the envelope’s code and message', async () => {
    const client = createIpcClient(
      bridge({ invoke: { 'app.dismissNotice': async () => failure(new ApiError('NOT_FOUND', 'No such notice.')) } }),
    );
    const error = await client.call('app.dismissNotice', 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No such notice.' });
  });

  it.each([
    ['undefined', undefined],
    ['a bare value', 42],
    ['ok without a value', { ok: true }],
    ['an error without a code', { ok: false, error: { message: 'x' } }],
    ['an unknown error code', { ok: false, error: { code: 'NOPE', message: 'x' } }],
  ])('turns a malformed answer (%s) into an INTERNAL ApiError', async (_label, answer) => {
    const client = createIpcClient(bridge({ invoke: { 'sections.list': async () => answer } }));
    await expect(client.call('sections.list')).rejects.toMatchObject({ name: 'ApiError', code: 'INTERNAL' });
  });

  it('refuses a method the bridge does not have', async () => {
    const client = createIpcClient(bridge({}));
    await expect(client.call('sections.list')).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
  });

  it('subscribes through the bridge and returns its unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const client = createIpcClient(bridge({ events: { 'core.status': subscribe } }));
    const listener = vi.fn();
    const off = client.on('core.status', listener);
    expect(subscribe).toHaveBeenCalledWith(listener);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
