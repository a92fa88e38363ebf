import { describe, expect, it } from 'vitest';
import { accountsBenchSize } from '../../../scripts/bench/accounts/size';
import {
  changesSeen,
  planEntries,
  planSize,
  planStateChanges,
  spread,
} from '../../../scripts/bench/accounts/state-changes';

/**
 * What the accounts benchmark changes and checks: the library it asks the fake for, the 1,000 read and starred
 * changes made on each side (each article once, spread over the list), and how a side is found to show them.
 */
describe('the benchmark’s library', () => {
  it('is issue 15’s by default: 500 feeds, 50,000 items, 2,000 starred, half read, on FreshRSS', () => {
    expect(accountsBenchSize({})).toEqual({
      ok: true,
      size: {
        service: 'freshrss',
        feeds: 500,
        itemsPerFeed: 100,
        items: 50_000,
        starredEvery: 25,
        starred: 2_000,
        readEvery: 2,
        newItems: 200,
        stateChanges: 1_000,
      },
    });
  });

  it('shrinks for quick runs, rounding items up to whole feeds', () => {
    const outcome = accountsBenchSize({
      BENCH_FEEDS: '30',
      BENCH_ITEMS: '1000',
      BENCH_STARRED: '0',
      BENCH_KIND: 'greader-miniflux',
    });
    expect(outcome).toMatchObject({
      ok: true,
      size: { service: 'miniflux', feeds: 30, itemsPerFeed: 34, items: 1_020, starredEvery: 0, starred: 0 },
    });
  });

  it('runs the Fever fake for BENCH_KIND=fever', () => {
    expect(accountsBenchSize({ BENCH_KIND: 'fever', BENCH_FEEDS: '50', BENCH_ITEMS: '5000' })).toMatchObject({
      ok: true,
      size: { service: 'fever', feeds: 50, items: 5_000 },
    });
  });

  it('runs the Miniflux REST API fake for BENCH_KIND=miniflux (its Google Reader API fake is greader-miniflux)', () => {
    expect(accountsBenchSize({ BENCH_KIND: 'miniflux', BENCH_FEEDS: '50', BENCH_ITEMS: '5000' })).toMatchObject({
      ok: true,
      size: { service: 'miniflux-api', feeds: 50, items: 5_000 },
    });
  });

  it('runs the Nextcloud News fake for BENCH_KIND=nextcloud', () => {
    expect(accountsBenchSize({ BENCH_KIND: 'nextcloud', BENCH_FEEDS: '50', BENCH_ITEMS: '5000' })).toMatchObject({
      ok: true,
      size: { service: 'nextcloud', feeds: 50, items: 5_000 },
    });
  });

  it('runs the Feedbin fake for BENCH_KIND=feedbin', () => {
    expect(accountsBenchSize({ BENCH_KIND: 'feedbin', BENCH_FEEDS: '50', BENCH_ITEMS: '5000' })).toMatchObject({
      ok: true,
      size: { service: 'feedbin', feeds: 50, items: 5_000 },
    });
  });

  it.each([
    [{ BENCH_KIND: 'feedly' }, /BENCH_KIND: "feedly" is not one of freshrss, /],
    [{ BENCH_KIND: 'toString' }, /BENCH_KIND/],
    [{ BENCH_FEEDS: '5e2' }, /BENCH_FEEDS: "5e2" is not a whole number/],
    [{ BENCH_FEEDS: '0' }, /BENCH_FEEDS: at least 1/],
    [{ BENCH_ITEMS: '100' }, /BENCH_ITEMS \(100\) must be at least BENCH_FEEDS \(500\)/],
    [{ BENCH_STARRED: '60000' }, /BENCH_STARRED \(60000\) cannot exceed BENCH_ITEMS/],
    [{ BENCH_ITEMS: '2000000' }, /BENCH_ITEMS: at most 1,000,000/],
  ])('refuses %j before measuring anything', (env, message) => {
    const outcome = accountsBenchSize(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(message);
  });
});

describe('the state changes', () => {
  const articles = Array.from({ length: 10_000 }, (_, n) => ({
    id: n,
    read: n % 2 === 1,
    starred: n % 25 === 0,
  }));

  it('make 1,000 changes: half mark read, a tenth mark unread, a fifth star, a fifth unstar', () => {
    const plan = planStateChanges(articles, 1_000);
    expect([plan.markRead.length, plan.markUnread.length, plan.star.length, plan.unstar.length]).toEqual([
      500, 100, 200, 200,
    ]);
    expect(planSize(plan)).toBe(1_000);
  });

  it('change each article once, and only in a way that changes it', () => {
    const plan = planStateChanges(articles, 1_000);
    const ids = planEntries(plan).map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.markRead.every((article) => !article.read && !article.starred)).toBe(true);
    expect(plan.markUnread.every((article) => article.read && !article.starred)).toBe(true);
    expect(plan.star.every((article) => !article.starred)).toBe(true);
    expect(plan.unstar.every((article) => article.starred)).toBe(true);
  });

  it('spread over the whole list, not its first rows', () => {
    const plan = planStateChanges(articles, 1_000);
    const markRead = plan.markRead.map((article) => article.id);
    expect(Math.min(...markRead)).toBeLessThan(100);
    expect(Math.max(...markRead)).toBeGreaterThan(9_000);
  });

  it('are the same two runs in a row', () => {
    expect(planStateChanges(articles, 1_000)).toEqual(planStateChanges(articles, 1_000));
  });

  it('take what there is when a small library has fewer candidates', () => {
    const few = articles.slice(0, 50);
    const plan = planStateChanges(few, 1_000);
    expect(plan.unstar).toHaveLength(2);
    expect(planSize(plan)).toBeLessThanOrEqual(few.length);
  });

  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8], 4, [1, 3, 5, 7]],
    [[1, 2, 3], 5, [1, 2, 3]],
    [[1, 2, 3], 0, []],
  ])('spread(%j, %i) is %j', (list, count, picked) => {
    expect(spread(list, count)).toEqual(picked);
  });
});

describe('a side shows the changes', () => {
  const articles = Array.from({ length: 100 }, (_, n) => ({
    id: `item-${n}`,
    read: n % 2 === 1,
    starred: n % 10 === 0,
  }));
  const plan = planStateChanges(articles, 20);

  it('when every changed article has the wished state', () => {
    const wished = new Map<string, { read: boolean; starred: boolean }>();
    for (const article of articles) wished.set(article.id, { read: article.read, starred: article.starred });
    for (const article of plan.markRead) wished.get(article.id)!.read = true;
    for (const article of plan.markUnread) wished.get(article.id)!.read = false;
    for (const article of plan.star) wished.get(article.id)!.starred = true;
    for (const article of plan.unstar) wished.get(article.id)!.starred = false;
    expect(changesSeen(plan, (article) => wished.get(article.id))).toEqual({ seen: 20, of: 20 });
  });

  it('not where the state is still the old one or the article is missing', () => {
    const unchanged = changesSeen(plan, (article) => ({ read: article.read, starred: article.starred }));
    expect(unchanged).toEqual({ seen: 0, of: 20 });
    expect(changesSeen(plan, () => undefined)).toEqual({ seen: 0, of: 20 });
  });

  it('judging only the state each change is about', () => {
    // A starred article marked read elsewhere still shows its star change.
    const seen = changesSeen(plan, (article) => ({
      read: true,
      starred: plan.star.includes(article),
    }));
    expect(seen.seen).toBe(plan.markRead.length + plan.star.length + plan.unstar.length);
  });
});
