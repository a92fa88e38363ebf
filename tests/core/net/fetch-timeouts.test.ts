import { describe, expect, it } from 'vitest';
import { createFetcher } from '../../../electron/core/net/fetch-resource';
import type { FetchResult } from '../../../electron/core/net/fetch-result';
import { testConfig, useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher({ connectTimeoutMs: 300, totalTimeoutMs: 400 });

describe('fetchResource: time bounds', () => {
  it('gives up on a TLS handshake that never completes as a connect timeout', async () => {
    const origin = server().silentTlsOrigin;
    // undici checks connect timeouts on a coarse (~0.5 s) timer, so the total bound here is roomier.
    const result = await fetcher().fetchResource(`${origin}/feed`, { totalTimeoutMs: 5_000 });
    expect(result).toEqual({
      kind: 'error',
      code: 'TIMEOUT_CONNECT',
      message: `Could not connect to ${new URL(origin).host} within 300 ms.`,
    });
  });

  it('gives up on a server that never answers', async () => {
    const result = await fetcher().fetchResource(server().url('/stall-headers'));
    expect(result).toEqual({
      kind: 'error',
      code: 'TIMEOUT_TOTAL',
      message: 'The server took longer than 400 ms to respond.',
    });
  });

  // Body-phase cases get a second so that, even on a loaded machine, the headers arrive before the bound.
  it('gives up on a body that stops halfway', async () => {
    const result = await fetcher().fetchResource(server().url('/stall-body'), { totalTimeoutMs: 1_000 });
    expect(result).toEqual({
      kind: 'error',
      code: 'TIMEOUT_TOTAL',
      message: 'The server took longer than 1 s to send the whole feed.',
    });
  });

  it('gives up on a slow drip even though bytes keep coming', async () => {
    const result = await fetcher().fetchResource(server().url('/drip?every=20'), { totalTimeoutMs: 1_000 });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'TIMEOUT_TOTAL',
      message: expect.stringMatching(/to send the whole feed/),
    });
  });

  it('lets a single fetch set its own total bound', async () => {
    const result = await fetcher().fetchResource(server().url('/stall-headers'), { totalTimeoutMs: 150 });
    expect(result).toMatchObject({ code: 'TIMEOUT_TOTAL', message: 'The server took longer than 150 ms to respond.' });
  });

  it('keeps other fetches working while one hangs', async () => {
    const controller = new AbortController();
    let stalledDone = false;
    const stalled = fetcher()
      .fetchResource(server().url('/stall-headers'), { totalTimeoutMs: 60_000, signal: controller.signal })
      .finally(() => {
        stalledDone = true;
      });
    await server().nextRequest('/stall-headers');
    const others = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fetcher().fetchResource(server().url(`/feed?other=${i}`), { totalTimeoutMs: 10_000 }),
      ),
    );
    expect(others.map((result) => result.kind)).toEqual(Array(6).fill('ok'));
    expect(stalledDone).toBe(false);
    controller.abort();
    expect(await stalled).toMatchObject({ code: 'CANCELLED' });
  });
});

describe('fetchResource: cancel', () => {
  // A long total bound proves the cancel, not the timer, ended these fetches.
  const patient = useFetcher({ totalTimeoutMs: 60_000 });

  it('ends a fetch waiting for headers', async () => {
    const controller = new AbortController();
    const pending = patient().fetchResource(server().url('/stall-headers'), { signal: controller.signal });
    await server().nextRequest('/stall-headers');
    controller.abort();
    expect(await pending).toEqual({ kind: 'error', code: 'CANCELLED', message: 'The refresh was cancelled.' });
  });

  it('ends a fetch in the middle of the body', async () => {
    const controller = new AbortController();
    const pending = patient().fetchResource(server().url('/drip?every=5'), { signal: controller.signal });
    await server().nextRequest('/drip');
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'error', code: 'CANCELLED' });
  });

  it('sends nothing when cancelled before it starts', async () => {
    const before = server().requestsTo('/feed').length;
    const result = await patient().fetchResource(server().url('/feed'), { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ code: 'CANCELLED' });
    expect(server().requestsTo('/feed').length).toBe(before);
  });

  it('ends in-flight fetches when the fetcher closes', async () => {
    const own = createFetcher({ ...testConfig, totalTimeoutMs: 60_000 });
    const pending: Promise<FetchResult> = own.fetchResource(server().url('/stall-headers'));
    await server().nextRequest('/stall-headers');
    await own.close();
    expect((await pending).kind).toBe('error');
  });
});
