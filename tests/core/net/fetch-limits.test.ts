import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyText, useFetcher, useHostileServer } from './support/net-fixtures';
import { peakGrowthDuring } from './support/memory';

const server = useHostileServer();
// The real default cap (20 MB) and a total bound roomy enough for 20 MB on a slow CI box.
const fetcher = useFetcher({ totalTimeoutMs: 20_000 });
const MB = 1024 * 1024;
const TOO_LARGE = {
  kind: 'error',
  code: 'TOO_LARGE',
  message: 'The feed is larger than 20 MB, the most Broadsheet downloads at once.',
};

beforeAll(async () => {
  await server().prepareBombs();
});

describe('fetchResource: size bounds', () => {
  it('accepts a 19 MB body whole', async () => {
    const result = await fetcher().fetchResource(server().url('/large?mb=19&chunked=1'));
    expect(result.kind === 'ok' && result.body.byteLength).toBe(19 * MB);
  });

  it('keeps the event loop responsive while a big body streams in', async () => {
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const result = await fetcher().fetchResource(server().url('/large?mb=19'));
    histogram.disable();
    expect(result.kind).toBe('ok');
    // A hang guard, not a benchmark: this process also runs the server writing those 19 MB.
    expect(histogram.max / 1e6).toBeLessThan(500);
  });

  it('refuses a body whose Content-Length is over the cap', async () => {
    expect(await fetcher().fetchResource(server().url('/large?mb=21'))).toEqual(TOO_LARGE);
  });

  it('refuses a 10 GB Content-Length without reading it', async () => {
    const { value, arrayBuffersMb } = await peakGrowthDuring(() =>
      fetcher().fetchResource(server().url('/huge-declared')),
    );
    expect(value).toEqual(TOO_LARGE);
    expect(arrayBuffersMb).toBeLessThan(16);
  });

  it('stops a chunked body at the cap while streaming', async () => {
    expect(await fetcher().fetchResource(server().url('/large?mb=21&chunked=1'))).toEqual(TOO_LARGE);
  });

  it('stops an endless body at the cap with bounded memory', async () => {
    const { value, arrayBuffersMb } = await peakGrowthDuring(() => fetcher().fetchResource(server().url('/endless')));
    expect(value).toEqual(TOO_LARGE);
    expect(arrayBuffersMb).toBeLessThan(80);
  });

  it('applies a smaller per-fetch cap', async () => {
    const result = await fetcher().fetchResource(server().url('/endless'), { maxBytes: 64 * 1024 });
    expect(result).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The feed is larger than 64 KB, the most Broadsheet downloads at once.',
    });
  });
});

describe('fetchResource: decompression bombs', () => {
  it.each(['/gzip-bomb', '/brotli-bomb'])('stops %s at the cap, counted after decompression', async (path) => {
    const { value, arrayBuffersMb, rssMb } = await peakGrowthDuring(() => fetcher().fetchResource(server().url(path)));
    expect(value).toEqual(TOO_LARGE);
    // Inflating the whole 128 MiB would show here; the cap keeps it near 20 MB.
    expect(arrayBuffersMb).toBeLessThan(80);
    expect(rssMb).toBeLessThan(120);
  });
});

describe('fetchResource: broken bodies', () => {
  it('reports gzip that is not gzip as damaged', async () => {
    expect(await fetcher().fetchResource(server().url('/corrupt-gzip'))).toEqual({
      kind: 'error',
      code: 'DECODE',
      message: 'The server sent compressed data that is damaged or in an unknown format.',
    });
  });

  it('reports an encoding it never asked for as undecodable', async () => {
    expect(await fetcher().fetchResource(server().url('/unknown-encoding'))).toMatchObject({ code: 'DECODE' });
  });

  it('reports a reset in the middle of the body as a cut-off download', async () => {
    const result = await fetcher().fetchResource(server().url('/reset-mid-body'));
    expect(result).toMatchObject({
      kind: 'error',
      code: 'NETWORK',
      message: expect.stringMatching(/^The connection to 127\.0\.0\.1:\d+ was cut off/),
    });
  });

  it('reports a connection closed before the declared length as a cut-off download', async () => {
    const result = await fetcher().fetchResource(server().url('/close-mid-body'));
    expect(result).toMatchObject({
      kind: 'error',
      code: 'NETWORK',
      message: expect.stringMatching(/was cut off before the feed finished downloading/),
    });
  });

  it('reports a reply that is not HTTP', async () => {
    const result = await fetcher().fetchResource(server().url('/not-http'));
    expect(result).toMatchObject({ kind: 'error', code: 'NETWORK', message: expect.stringMatching(/not valid HTTP/) });
  });

  it('still serves normal feeds after all of the above', async () => {
    expect(bodyText(await fetcher().fetchResource(server().url('/feed.gz')))).toContain('<rss');
  });
});
