import { describe, expect, it } from 'vitest';
import { orderedFeeds, orderedSections, sidebarLayout } from '../../../renderer/src/library/sidebar-layout';
import { feed, section } from '../support/library-data';

const remote = <T extends { accountId: string }>(item: T, accountId = 'fresh'): T => ({ ...item, accountId });
const SECTIONS = [section('s2', 'Technology', 2), remote(section('r1', 'Tech news', 0)), section('s1', 'World', 1)];
const FEEDS = [
  feed('f2', 'Second', 's1', { position: 2 }),
  feed('f1', 'First', 's1', { position: 1 }),
  remote(feed('g1', 'Remote', 'r1')),
  remote(feed('g2', 'Remote loose', null)),
  feed('f3', 'Loose', null),
  remote(feed('x1', 'Orphan', 'gone'), 'other'),
];
const names = (items: readonly { name?: string; title?: string }[]) => items.map((item) => item.name ?? item.title);

describe('the sidebar’s order', () => {
  it('with one account is every section by position, then every feed in none', () => {
    const layout = sidebarLayout(['local'], SECTIONS, FEEDS);
    expect(layout).toHaveLength(1);
    expect(names(orderedSections(layout))).toEqual(['Tech news', 'World', 'Technology']);
    expect(names(orderedFeeds(layout))).toEqual(['Remote', 'First', 'Second', 'Remote loose', 'Loose', 'Orphan']);
  });

  it('with several accounts goes account by account, then any account the list does not know yet', () => {
    const layout = sidebarLayout(['local', 'fresh'], SECTIONS, FEEDS);
    expect(layout.map((entry) => entry.accountId)).toEqual(['local', 'fresh', 'other']);
    expect(names(orderedSections(layout))).toEqual(['World', 'Technology', 'Tech news']);
    expect(names(orderedFeeds(layout))).toEqual(['First', 'Second', 'Loose', 'Remote', 'Remote loose', 'Orphan']);
  });
});
