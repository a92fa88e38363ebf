import { describe, expect, it } from 'vitest';
import { feedXml } from '../../support/hostile-server';
import { useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher();

/**
 * The fetcher moves bytes; deciding what they are (feed or page, which
 * charset) is the parser's job. So lying headers must reach it untouched,
 * bytes and labels both.
 */
describe('fetchResource: bodies that are not what they claim', () => {
  const bytesOf = async (path: string) => {
    const result = await fetcher().fetchResource(server().url(path));
    if (result.kind !== 'ok') throw new Error(`expected ok for ${path}: ${JSON.stringify(result)}`);
    return result;
  };

  it('hands over an HTML page with its type so the parser can say "not a feed"', async () => {
    const result = await bytesOf('/html');
    expect(result.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(result.body).toString()).toMatch(/^<!doctype html>/);
  });

  it('keeps a feed labelled as an image intact', async () => {
    const result = await bytesOf('/lying-type');
    expect(result.contentType).toBe('image/png');
    expect(Buffer.from(result.body).toString()).toBe(feedXml);
  });

  it('does not transcode windows-1252 bytes labelled UTF-8', async () => {
    const result = await bytesOf('/lying-charset');
    expect(result.body).toContain(0xe9);
  });

  it('passes invalid UTF-8 through byte for byte', async () => {
    const result = await bytesOf('/invalid-utf8');
    expect(Buffer.from(result.body).includes(Buffer.from([0x80, 0xc3, 0x28, 0xff, 0xfe]))).toBe(true);
  });

  it('passes an unknown charset label through', async () => {
    expect((await bytesOf('/unknown-charset')).contentType).toBe('text/xml; charset=x-klingon');
  });

  it('reports a missing Content-Type as null', async () => {
    expect((await bytesOf('/no-content-type')).contentType).toBeNull();
  });
});
