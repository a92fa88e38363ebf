import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { defineClientCases, type ServerUnderTest } from './support/client-cases';
import { startFeedSite, type FeedSite } from '../../support/feed-site';
import { freshrssAvailable, startFreshRss, type FreshRss } from '../../support/freshrss-server';

const title = freshrssAvailable
  ? 'GReader client against the real FreshRSS'
  : 'GReader client against the real FreshRSS (skipped: ../shared/servers/freshrss is absent beside the repository)';
const INITIAL_ITEMS = 12;

describe.skipIf(!freshrssAvailable)(title, () => {
  let freshrss: FreshRss;
  let site: FeedSite;
  let target: ServerUnderTest;

  beforeAll(async () => {
    [freshrss, site] = await Promise.all([
      startFreshRss(),
      startFeedSite(['feed-0', 'feed-1', 'spare-0', 'spare-1'], INITIAL_ITEMS),
    ]);
    const opml = join(freshrss.workdir, 'subscriptions.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>test</title></head><body>` +
        `<outline text="News"><outline type="rss" text="feed-0" xmlUrl="${site.url('feed-0')}"/></outline>` +
        `<outline text="Tech"><outline type="rss" text="feed-1" xmlUrl="${site.url('feed-1')}"/></outline>` +
        `</body></opml>`,
    );
    await freshrss.helper('import-opml', opml);
    await freshrss.actualize();
    target = {
      service: 'freshrss',
      apiUrl: freshrss.greader,
      user: freshrss.user,
      password: freshrss.apiPassword,
      feedUrls: [site.url('feed-0'), site.url('feed-1')],
      initialItems: INITIAL_ITEMS,
      spareFeedUrls: [site.url('spare-0'), site.url('spare-1')],
      missingFeedUrl: site.url('missing'),
      async publish(feedIndex, count) {
        site.addItems(`feed-${feedIndex}`, count);
        await freshrss.actualize();
      },
      changePassword: (password) => freshrss.helper('set-api-password', password),
    };
  }, 240_000);

  afterAll(async () => {
    await Promise.all([freshrss?.stop(), site?.close()]);
  });

  defineClientCases(() => target);
});
