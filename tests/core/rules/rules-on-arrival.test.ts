/**
 * Rules run when articles arrive, inside the store step: on articles stored new only, with every action, and
 * hidden articles out of every list, count and the front page but in "Hidden by rules" and in search.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema, SearchQuerySchema, type ListScope } from '../../../electron/api/library-queries';
import type { RuleInput } from '../../../electron/api/rule-model';
import { all, transaction } from '../../../electron/core/db/sql';
import { importBookmarks } from '../../../electron/core/imports/import-bookmarks';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import type { ParsedEntry } from '../../../electron/core/library/articles/parsed-entry';
import { takeRuleNotified } from '../../../electron/core/rules/rule-notifications';
import { runRulesOnArrival } from '../../../electron/core/rules/run-on-arrival';
import { createRulesHandlers } from '../../../electron/core/rules/rules-handlers';
import { queueFullTextOf } from '../../../electron/core/sync/queue-full-text';
import { HOUR, NOW, createFixture, type Fixture } from '../library/support/library-fixture';
import type { SyncHandlers } from './support/sync-handlers';

let f: Fixture;
let rules: SyncHandlers;
let world: string;
let sport: string;
beforeEach(() => {
  f = createFixture();
  rules = createRulesHandlers(f.library, { emit: () => undefined, now: () => f.clock.now }) as SyncHandlers;
  world = f.addSection('World');
  sport = f.addSection('Sport');
});
afterEach(() => f.dispose());

const rule = (conditions: RuleInput['conditions'], actions: RuleInput['actions'], extra: Partial<RuleInput> = {}) =>
  rules['rules.save']({ name: 'r', enabled: true, match: 'all', conditions, actions, ...extra });

const entry = (title: string, hoursAgo = 0, more: Partial<ParsedEntry> = {}): ParsedEntry => ({
  guid: title,
  url: `https://news.example/${encodeURIComponent(title)}`,
  title,
  publishedAt: NOW - hoursAgo * HOUR,
  contentHtml: `<p>${title}, in full.</p>`,
  ...more,
});

/** As a refresh stores a document: the rows and the rules in one transaction. */
function arrive(feedId: string, entries: ParsedEntry[]): string[] {
  const db = f.library.db();
  return transaction(db, () => {
    const result = upsertArticles(db, feedId, entries, f.clock.now);
    runRulesOnArrival(db, result.insertedIds, f.clock.now);
    return result.ids;
  });
}

const titles = (scope: ListScope) =>
  (
    f.handlers['articles.list'](ListQuerySchema.parse({ scope, limit: 100 })) as {
      items: { title: string; hiddenByRule?: boolean }[];
    }
  ).items.map((item) => item.title);
const counts = () =>
  f.handlers['articles.counts']() as {
    unread: number;
    today: number;
    sections: { id: string; unread: number }[];
    feeds: { id: string; unread: number }[];
  };
const article = (id: string) =>
  f.handlers['articles.get'](id) as { isRead: boolean; isBookmarked: boolean; hiddenByRule?: boolean };
const bookmarkTags = (id: string) =>
  all<{ tag: string }>(
    f.library.db(),
    'SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag',
    Number(id),
  ).map((row) => row.tag);

describe('hide', () => {
  it('keeps the article but leaves it out of every list, count and the front page', () => {
    const worldFeed = f.addFeed('World wire', world);
    rule([{ field: 'title', op: 'contains', value: 'celebrity' }], [{ type: 'hide' }]);
    const [kept, hidden] = arrive(worldFeed, [entry('Summit opens'), entry('Celebrity gossip', 1)]);
    for (const scope of [
      { kind: 'all' },
      { kind: 'unread' },
      { kind: 'today' },
      { kind: 'section', sectionId: world },
      { kind: 'feed', feedId: worldFeed },
    ] as ListScope[])
      expect(titles(scope), scope.kind).toEqual(['Summit opens']);
    expect(
      (
        f.handlers['articles.list'](ListQuerySchema.parse({ scope: { kind: 'all' }, groupBy: 'section' })) as {
          items: { title: string }[];
        }
      ).items.map((item) => item.title),
    ).toEqual(['Summit opens']);
    expect(counts()).toMatchObject({ unread: 1, today: 1 });
    expect(counts().sections.find((s) => s.id === world)!.unread).toBe(1);
    expect(counts().feeds.find((s) => s.id === worldFeed)!.unread).toBe(1);
    const front = f.handlers['articles.frontPage'](10) as { sections: { articles: { title: string }[] }[] };
    expect(front.sections.flatMap((s) => s.articles.map((a) => a.title))).toEqual(['Summit opens']);
    // Listed in "Hidden by rules", marked in search and on the article itself.
    expect(titles({ kind: 'hidden' })).toEqual(['Celebrity gossip']);
    const found = f.handlers['search.articles'](SearchQuerySchema.parse({ query: 'gossip' })) as {
      hits: { article: { title: string; hiddenByRule?: boolean } }[];
    };
    expect(found.hits.map((hit) => hit.article)).toEqual([
      expect.objectContaining({ title: 'Celebrity gossip', hiddenByRule: true }),
    ]);
    expect(article(hidden!).hiddenByRule).toBe(true);
    expect(article(kept!).hiddenByRule).toBeUndefined();
    // Shown again: back in the lists and the counts.
    expect(rules['rules.unhide']([hidden!])).toEqual({ changed: 1 });
    expect(titles({ kind: 'all' })).toEqual(['Summit opens', 'Celebrity gossip']);
    expect(counts().unread).toBe(2);
  });

  it('a hidden bookmark stays in the bookmarks, marked', () => {
    const feed = f.addFeed('Wire', world);
    rule([{ field: 'title', op: 'contains', value: 'recipe' }], [{ type: 'bookmark', tag: 'food' }, { type: 'hide' }]);
    arrive(feed, [entry('A recipe for kimchi')]);
    expect(titles({ kind: 'bookmarks' })).toEqual(['A recipe for kimchi']);
    expect(titles({ kind: 'all' })).toEqual([]);
  });
});

describe('actions on arrival', () => {
  it('mark-read, bookmark with its tag, tag, skip-full-text and notify', () => {
    const feed = f.addFeed('Wire', world);
    rule([{ field: 'title', op: 'contains', value: 'press release' }], [{ type: 'mark-read' }]);
    rule([{ field: 'title', op: 'matches', value: '\\bsamsung\\b' }], [{ type: 'bookmark', tag: 'tech' }]);
    rule([{ field: 'text', op: 'contains', value: 'seoul' }], [{ type: 'tag', tag: 'korea' }]);
    rule([{ field: 'title', op: 'contains', value: 'sponsored' }], [{ type: 'skip-full-text' }, { type: 'notify' }]);
    const [release, samsung, seoul, sponsored] = arrive(feed, [
      entry('Press release: results'),
      entry('Samsung in Seoul', 1),
      entry('Weather', 2, { contentHtml: '<p>Rain over Séoul.</p>' }),
      entry('Sponsored: a watch', 3),
    ]);
    expect(article(release!).isRead).toBe(true);
    expect(article(samsung!).isBookmarked).toBe(true);
    // Its bookmark carries the bookmark action's tag and the tag action's.
    expect(bookmarkTags(samsung!)).toEqual(['korea', 'tech']);
    // Not bookmarked: the tag waits with the article and lands on the bookmark the reader makes.
    expect(article(seoul!).isBookmarked).toBe(false);
    f.handlers['bookmarks.set'](seoul!, {});
    expect(bookmarkTags(seoul!)).toEqual(['korea']);
    // The page pass passes it over; the run's end announces it.
    f.library.db().exec(`UPDATE feeds SET full_text = 1`);
    expect(queueFullTextOf(f.library.db(), [Number(release), Number(sponsored)])).toBe(1);
    expect(takeRuleNotified(f.library.db())).toEqual({
      count: 1,
      articles: [{ articleId: sponsored, title: 'Sponsored: a watch', feedTitle: 'Wire' }],
    });
    expect(takeRuleNotified(f.library.db())).toBeUndefined();
  });

  it('runs on articles stored new only, not on a changed entry stored again', () => {
    const feed = f.addFeed('Wire', world);
    const [first] = arrive(feed, [entry('Budget vote')]);
    rule([{ field: 'title', op: 'contains', value: 'budget' }], [{ type: 'hide' }]);
    arrive(feed, [entry('Budget vote', 0, { contentHtml: '<p>Updated text.</p>' })]);
    expect(article(first!).hiddenByRule).toBeUndefined();
    const [later] = arrive(feed, [entry('Budget passes', 1)]);
    expect(article(later!).hiddenByRule).toBe(true);
  });

  it('honours scope and skips disabled rules', () => {
    const worldFeed = f.addFeed('World wire', world);
    const sportFeed = f.addFeed('Sport wire', sport);
    rule([{ field: 'title', op: 'contains', value: 'final' }], [{ type: 'hide' }], { scope: { section: 'sport' } });
    rule([{ field: 'title', op: 'contains', value: 'final' }], [{ type: 'mark-read' }], { enabled: false });
    const [worldFinal] = arrive(worldFeed, [entry('Final talks')]);
    const [sportFinal] = arrive(sportFeed, [entry('Cup final', 1)]);
    expect(article(worldFinal!)).toMatchObject({ isRead: false });
    expect(article(worldFinal!).hiddenByRule).toBeUndefined();
    expect(article(sportFinal!)).toMatchObject({ isRead: false, hiddenByRule: true });
  });

  it('runs on imported bookmark links stored new', () => {
    rule([{ field: 'link', op: 'contains', value: 'shop.example' }], [{ type: 'hide' }, { type: 'tag', tag: 'ads' }]);
    importBookmarks(
      f.library.db(),
      'url,title\nhttps://shop.example/deal,A deal\nhttps://news.example/story,A story\n',
      f.clock.now,
    );
    expect(titles({ kind: 'bookmarks' })).toEqual(['A story', 'A deal']);
    expect(titles({ kind: 'hidden' })).toEqual(['A deal']);
    const deal = all<{ id: number }>(f.library.db(), "SELECT id FROM articles WHERE title = 'A deal'")[0]!.id;
    expect(bookmarkTags(String(deal))).toEqual(['ads']);
  });
});
