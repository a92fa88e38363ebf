import { describe, expect, it } from 'vitest';
import { completeMinifluxUrl } from '../../../electron/core/miniflux/api-url';

describe('the server address from what the reader typed', () => {
  it.each([
    ['rss.example.org', 'https://rss.example.org'],
    ['https://rss.example.org/', 'https://rss.example.org'],
    ['https://rss.example.org/v1/me', 'https://rss.example.org'],
    ['https://host.example/rss/v1', 'https://host.example/rss'],
    ['https://host.example/rss/unread', 'https://host.example/rss'],
    ['http://192.168.1.5:8080', 'http://192.168.1.5:8080'],
  ])('%s → %s', (typed, expected) => {
    expect(completeMinifluxUrl(typed)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['', 'Miniflux needs the address of your server.'],
    ['ftp://host.example', 'The server address must start with https:// or http://.'],
    ['https://me:pw@host.example', 'Leave the user name and password out of the address; the form asks for them.'],
  ])('refuses “%s” with a sentence', (typed, message) => {
    expect(completeMinifluxUrl(typed)).toEqual({ ok: false, message });
  });
});
