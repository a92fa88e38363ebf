/** Bodies the hostile server sends. Small and fixed so tests can compare bytes. */

export const FEED_ETAG = '"feed-v1"';
export const FEED_LAST_MODIFIED = 'Wed, 01 Jan 2025 10:00:00 GMT';

export const feedXml = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Hostile Test Feed</title>
    <link>http://127.0.0.1/</link>
    <description>Served by tests/support/hostile-server.ts</description>
    <item><title>First story</title><link>http://127.0.0.1/1</link><guid>1</guid></item>
    <item><title>Second story</title><link>http://127.0.0.1/2</link><guid>2</guid></item>
  </channel>
</rss>
`;

export const feedBytes = Buffer.from(feedXml, 'utf8');

export const htmlPage = Buffer.from(
  '<!doctype html><html><head><title>Not a feed</title></head><body><h1>Welcome</h1><p>This is a web page.</p></body></html>\n',
);

/** "Café" in windows-1252, labelled as UTF-8 by the server. */
export const latin1FeedBytes = Buffer.concat([
  Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Caf'),
  Buffer.from([0xe9]),
  Buffer.from('</title></channel></rss>\n'),
]);

/** A lone continuation byte, a truncated sequence and 0xFF: never valid UTF-8. */
export const invalidUtf8FeedBytes = Buffer.concat([
  Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad '),
  Buffer.from([0x80, 0xc3, 0x28, 0xff, 0xfe]),
  Buffer.from(' bytes</title></channel></rss>\n'),
]);

/** Filler for big bodies: valid XML text, so only its size is hostile. */
export const fillerChunk = Buffer.alloc(64 * 1024, '<!-- filler filler filler filler filler filler filler -->\n');
