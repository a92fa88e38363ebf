import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFromArgv } from '../../../electron/core/cli/account-commands';
import { articlesFromArgv } from '../../../electron/core/cli/article-commands';
import { syncFromArgv } from '../../../electron/core/cli/sync-command';
import { startMinifluxFake, type MinifluxFake } from '../../support/miniflux-fake/miniflux-fake';
import { stdin } from './support/account-cli';

/**
 * `account add --kind miniflux` as a script uses it, against the Miniflux fake on 127.0.0.1: an API key on stdin
 * (`--token-stdin`) or a user name and password, the same JSON and the same errors as `--kind greader`, then
 * `sync` brings the articles.
 */
let fake: MinifluxFake;
let dir: string;

beforeEach(async () => {
  fake = await startMinifluxFake();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-miniflux-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = () => fake.store.nowMs();
const run = async (secret: string, ...flags: string[]) => {
  const result = await accountFromArgv(['add', '--data-dir', dir, '--kind', 'miniflux', ...flags], {
    stdin: stdin(`${secret}\n`),
    now,
  });
  return {
    exitCode: result.exitCode,
    output: result.output,
    json: () => JSON.parse(result.output) as Record<string, unknown>,
  };
};

describe('account add --kind miniflux', () => {
  it('adds an account with an API key (named by the server), the same JSON as greader; sync brings its articles', async () => {
    const feed = fake.store.addFeed('https://news.example/feed.xml', 'News', fake.store.addCategory('World').id);
    const [first, second] = fake.store.addEntries(feed.id, 2);
    fake.store.setStatus([second!.id], 'read');
    fake.store.setStarred([second!.id], true);
    const added = await run(fake.token, '--url', `${fake.origin}/v1/me`, '--token-stdin');
    expect(added.exitCode, added.output).toBe(0);
    const created = added.json().account as Record<string, unknown>;
    expect(Object.keys(created)).toEqual(['id', 'kind', 'service', 'name', 'url', 'user', 'status']);
    expect(created).toMatchObject({
      kind: 'miniflux',
      service: 'miniflux-api',
      name: 'Miniflux (reader)',
      // `/v1/me` cut; the address as the URL policy writes it.
      url: `${fake.origin}/`,
      user: fake.user,
      status: 'ok',
    });
    // The key is kept as a password is: in secrets.json under the account's password name.
    const secrets = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as Record<string, { value: string }>;
    const kept = secrets[`account:${String(created.id)}:password`]!.value;
    expect(Buffer.from(kept, 'base64').toString('utf8')).toBe(fake.token);

    const synced = await syncFromArgv(['--data-dir', dir], {
      stderr: { isTTY: false, columns: 200, write: () => undefined },
      stdin: stdin(''),
      now,
    });
    expect(synced.exitCode, synced.output).toBe(0);
    const listed = articlesFromArgv(['--data-dir', dir, '--account', created.id as string]);
    const rows = (JSON.parse(listed.output) as { articles: { title: string; read: boolean; bookmarked: boolean }[] })
      .articles;
    expect(rows.map((row) => [row.title, row.read, row.bookmarked]).sort()).toEqual([
      [first!.title, false, false],
      [second!.title, true, true],
    ]);
  });

  it('adds one with a user name and password', async () => {
    const added = await run(fake.password, '--url', fake.origin, '--user', fake.user, '--password-stdin');
    expect(added.exitCode, added.output).toBe(0);
    expect(added.json().account).toMatchObject({ kind: 'miniflux', user: fake.user, name: 'Miniflux (reader)' });
  });

  it('says a refused key or password was refused, exits 1 and saves nothing', async () => {
    const refused = await run('not-the-key', '--url', fake.origin, '--token-stdin');
    expect(refused.exitCode).toBe(1);
    expect(refused.json()).toEqual({ ok: false, error: 'The server refused this API key or user name and password.' });
    const wrong = await run('wrong', '--url', fake.origin, '--user', fake.user, '--password-stdin');
    expect(wrong.exitCode).toBe(1);
    const list = await accountFromArgv(['list', '--data-dir', dir], { stdin: stdin(''), now });
    expect((JSON.parse(list.output) as { accounts: unknown[] }).accounts).toHaveLength(1);
  });

  it('needs --url and exactly one way to sign in; --token-stdin belongs to miniflux', async () => {
    const noUrl = await run(fake.token, '--token-stdin');
    expect(noUrl.exitCode).toBe(2);
    expect(noUrl.output).toMatch(/needs --url/);
    const both = await run(fake.token, '--url', fake.origin, '--token-stdin', '--password-stdin', '--user', 'x');
    expect(both.exitCode).toBe(2);
    expect(both.output).toMatch(/--token-stdin .* or --user with --password-stdin/);
    const userNoPassword = await run(fake.password, '--url', fake.origin, '--user', fake.user);
    expect(userNoPassword.exitCode).toBe(2);
    const greader = await accountFromArgv(
      ['add', '--data-dir', dir, '--kind', 'greader', '--url', fake.origin, '--user', 'u', '--token-stdin'],
      { stdin: stdin('k\n'), now },
    );
    expect(greader.exitCode).toBe(2);
    expect(greader.output).toMatch(/--token-stdin is for --kind miniflux/);
    const empty = await run('', '--url', fake.origin, '--token-stdin');
    expect(empty.exitCode).toBe(2);
    expect(empty.output).toMatch(/no API key on stdin/);
  });
});
