import { describe, expect, it } from 'vitest';
import { completeNextcloudApiUrl } from '../../../electron/core/nextcloud/api-url';

const base = '/index.php/apps/news/api/v1-3';

describe('the News API address from what the reader typed', () => {
  it.each([
    ['cloud.example.org', `https://cloud.example.org${base}`],
    ['https://cloud.example.org/', `https://cloud.example.org${base}`],
    ['https://cloud.example.org/index.php/apps/news/', `https://cloud.example.org${base}`],
    ['https://cloud.example.org/apps/news', `https://cloud.example.org${base}`],
    ['https://cloud.example.org/index.php/apps/news/api/v1-2/feeds', `https://cloud.example.org${base}`],
    ['https://cloud.example.org/index.php', `https://cloud.example.org${base}`],
    ['https://example.org/nextcloud/index.php/apps/news/', `https://example.org/nextcloud${base}`],
    ['http://192.168.1.5:8080', `http://192.168.1.5:8080${base}`],
  ])('%s → %s', (typed, expected) => {
    expect(completeNextcloudApiUrl(typed)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ['', 'Nextcloud News needs the address of your Nextcloud.'],
    ['ftp://cloud.example.org', 'The server address must start with https:// or http://.'],
    [
      'https://me:secret@cloud.example.org',
      'Leave the user name and password out of the address; the form asks for them.',
    ],
    ['http://exa mple', '“http://exa mple” is not a web address.'],
  ])('refuses %j with a sentence', (typed, message) => {
    expect(completeNextcloudApiUrl(typed)).toEqual({ ok: false, message });
  });
});
