import { afterAll, beforeAll, describe } from 'vitest';
import { startGReaderFake, type FakeServiceId, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { defineClientCases, type ServerUnderTest } from './support/client-cases';

const INITIAL_ITEMS = 12;
const services: FakeServiceId[] = ['freshrss', 'miniflux', 'inoreader', 'theoldreader', 'bazqux', 'other'];

describe.each(services)('GReader client against the protocol fake as %s', (service) => {
  let fake: GReaderFake;
  let target: ServerUnderTest;

  beforeAll(async () => {
    fake = await startGReaderFake({ service });
    const feeds = [
      fake.addFeed('https://news.example/feed.xml', 'News feed', ['News']),
      fake.addFeed('https://tech.example/feed.xml', 'Tech feed', ['Tech']),
    ] as const;
    for (const feed of feeds) fake.addItems(feed.streamId, INITIAL_ITEMS);
    target = {
      service,
      apiUrl: fake.apiUrl,
      user: fake.user,
      password: fake.password,
      ...(fake.variant.appCredentials ? { appId: fake.appId, appKey: fake.appKey } : {}),
      feedUrls: [feeds[0].url, feeds[1].url],
      initialItems: INITIAL_ITEMS,
      spareFeedUrls: ['https://spare.example/one.xml', 'https://spare.example/two.xml'],
      missingFeedUrl: 'https://spare.example/missing.xml',
      async publish(feedIndex, count) {
        fake.addItems(feeds[feedIndex].streamId, count);
      },
      async changePassword(password) {
        fake.changePassword(password);
      },
    };
  });

  afterAll(async () => {
    await fake?.close();
  });

  defineClientCases(() => target);
});
