import { describe, expect, it } from 'vitest';
import { nextHop, sameServer, type Hop, type NextHop } from '../../../electron/core/net/redirect-hop';

const post: Hop = {
  method: 'POST',
  headers: { authorization: 'x', cookie: 'y', 'content-type': 'application/x-www-form-urlencoded', accept: '*/*' },
  body: 'T=1',
};

describe('what a redirect carries on', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/y', true],
    ['https://a.example/x', 'https://a.example:8443/y', false],
    ['https://a.example/x', 'https://b.example/y', false],
    ['https://a.example/x', 'https://sub.a.example/y', false],
    ['http://a.example/x', 'https://a.example/y', true],
    ['http://a.example:8080/x', 'https://a.example:8080/y', false],
    ['https://a.example/x', 'http://a.example/y', false],
  ])('%s → %s is the same server: %s', (from, to, same) => {
    expect(sameServer(new URL(from), new URL(to))).toBe(same);
  });

  const hop = (method: Hop['method'], headers: Hop['headers'], body?: string): NextHop => ({
    ok: true,
    hop: { method, headers, body },
  });
  it.each<[number, boolean, NextHop]>([
    [307, false, { ok: true, hop: post }],
    [308, false, { ok: true, hop: post }],
    [307, true, { ok: false, reason: 'body-to-another-server' }],
    [302, false, hop('GET', { authorization: 'x', cookie: 'y', accept: '*/*' })],
    [303, true, hop('GET', { accept: '*/*' })],
  ])('%i, leaving the server: %s', (status, leaves, expected) => {
    expect(nextHop(post, status, leaves)).toEqual(expected);
  });

  it('keeps a PUT as a PUT on 301 and a GET’s harmless headers across servers', () => {
    expect(nextHop({ ...post, method: 'PUT' }, 301, false)).toMatchObject({ ok: true, hop: { method: 'PUT' } });
    const get: Hop = { method: 'GET', headers: { 'user-agent': 'B', 'x-api-key': 'k', appid: '1' }, body: undefined };
    expect(nextHop(get, 301, true)).toEqual({ ok: true, hop: { ...get, headers: { 'user-agent': 'B' } } });
  });
});
