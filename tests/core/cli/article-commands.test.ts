import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesFromArgv, markFromArgv } from '../../../electron/core/cli/article-commands';
import { parseArgs } from '../../../electron/core/cli/parse-args';
import type { ArticleRow as Row } from '../../../electron/core/library/articles/script-rows';
import { createFixture, entries, type Fixture } from '../library/support/library-fixture';

let fixture: Fixture;
let world: string[];
let korea: string[];

beforeEach(() => {
  fixture = createFixture();
  const worldSection = fixture.addSection('World News');
  world = fixture.ingest(fixture.addFeed('World', worldSection), entries(3, 'world'));
  korea = fixture.ingest(fixture.addFeed('Korea', null), entries(2, 'korea', Date.parse('2025-06-15T12:30:00Z')));
  fixture.library.close();
});
afterEach(() => fixture.dispose());

const list = (...argv: string[]) => {
  const result = articlesFromArgv(['--data-dir', fixture.dir, ...argv]);
  expect(result.exitCode, result.output).toBe(0);
  return (JSON.parse(result.output) as { articles: Row[] }).articles;
};
const mark = (id: string, action: string) => markFromArgv(['--data-dir', fixture.dir, '--article', id, action]);

describe('parseArgs switches', () => {
  it('reads a switch as "true" and refuses a value given to one', () => {
    expect(parseArgs(['--unread', '--limit', '5'], ['limit'], ['unread'])).toEqual({
      ok: true,
      args: { positionals: [], flags: { unread: 'true', limit: '5' } },
    });
    expect(parseArgs(['--unread=yes'], [], ['unread']).ok).toBe(false);
  });
});

describe('articles command', () => {
  it('lists every article newest first with its feed URL, section name and account', () => {
    const rows = list();
    expect(rows.map((row) => row.title)).toEqual([
      'korea story 0',
      'world story 0',
      'korea story 1',
      'world story 1',
      'world story 2',
    ]);
    expect(rows[1]).toEqual({
      id: world[0],
      title: 'world story 0',
      url: 'https://example.com/world/0',
      feed: 'https://example.com/feed-1.xml',
      section: 'World News',
      account: 'local',
      read: false,
      bookmarked: false,
      hidden: false,
      publishedAt: '2025-06-15T12:00:00.000Z',
    });
    expect(rows[0]!.section).toBeNull();
  });

  it('narrows by section, feed, account, unread, bookmarked and limit', () => {
    expect(list('--section', 'World News').map((row) => row.id)).toEqual(world);
    expect(list('--feed', 'https://example.com/feed-2.xml').map((row) => row.id)).toEqual(korea);
    expect(list('--account', 'local')).toHaveLength(5);
    expect(list('--account', 'elsewhere')).toEqual([]);
    expect(list('--limit', '2')).toHaveLength(2);
    expect(mark(world[1]!, '--read').exitCode).toBe(0);
    expect(list('--unread').map((row) => row.id)).not.toContain(world[1]);
    expect(list('--unread')).toHaveLength(4);
    expect(mark(korea[1]!, '--bookmark').exitCode).toBe(0);
    expect(list('--bookmarked').map((row) => row.id)).toEqual([korea[1]]);
  });

  it('refuses a bad limit, an unknown option and a folder without a library', () => {
    expect(articlesFromArgv(['--data-dir', fixture.dir, '--limit', '0']).exitCode).toBe(2);
    expect(articlesFromArgv(['--data-dir', fixture.dir, '--nope']).exitCode).toBe(2);
    const missing = articlesFromArgv(['--data-dir', `${fixture.dir}/nowhere`]);
    expect(missing.exitCode).toBe(2);
    expect(missing.output).toContain('no library');
  });
});

describe('mark command', () => {
  it('marks read and unread, bookmarks and removes the bookmark, printing the new state', () => {
    const id = world[0]!;
    expect(JSON.parse(mark(id, '--read').output)).toEqual({ article: { id, read: true, bookmarked: false } });
    expect(JSON.parse(mark(id, '--unread').output)).toEqual({ article: { id, read: false, bookmarked: false } });
    expect(JSON.parse(mark(id, '--bookmark').output)).toEqual({ article: { id, read: false, bookmarked: true } });
    expect(JSON.parse(mark(id, '--bookmark').output)).toEqual({ article: { id, read: false, bookmarked: true } });
    expect(JSON.parse(mark(id, '--unbookmark').output)).toEqual({ article: { id, read: false, bookmarked: false } });
    expect(list().find((row) => row.id === id)).toMatchObject({ read: false, bookmarked: false });
  });

  it('needs exactly one action, and says when the article does not exist', () => {
    expect(markFromArgv(['--data-dir', fixture.dir, '--article', world[0]!]).exitCode).toBe(2);
    expect(markFromArgv(['--data-dir', fixture.dir, '--article', world[0]!, '--read', '--unread']).exitCode).toBe(2);
    const unknown = mark('999999', '--read');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.output).toContain('999999');
  });
});
