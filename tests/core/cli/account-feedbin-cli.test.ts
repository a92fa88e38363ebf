import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFromArgv } from '../../../electron/core/cli/account-commands';
import { articlesFromArgv } from '../../../electron/core/cli/article-commands';
import { syncFromArgv } from '../../../electron/core/cli/sync-command';
import { startFeedbinFake, type FeedbinFake } from '../../support/feedbin-fake/feedbin-fake';
import { stdin } from './support/account-cli';

/**
 * `account add --kind feedbin` as a script uses it, against the Feedbin fake on 127.0.0.1 (`--url` points at it;
 * loopback needs no --allow-http): the same JSON and the same errors as `--kind greader`, then `sync` brings the
 * articles.
 */
let fake: FeedbinFake;
let dir: string;

beforeEach(async () => {
  fake = await startFeedbinFake();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-feedbin-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = () => fake.store.nowMs();
const add = async (password: string, ...extra: string[]) => {
  const result = await accountFromArgv(
    [
      'add',
      '--data-dir',
      dir,
      '--kind',
      'feedbin',
      '--url',
      fake.apiUrl,
      '--user',
      fake.user,
      '--password-stdin',
      ...extra,
    ],
    { stdin: stdin(`${password}\n`), now },
  );
  return { exitCode: result.exitCode, json: JSON.parse(result.output) as Record<string, unknown> };
};

describe('account add --kind feedbin', () => {
  it('adds a Feedbin account with the same JSON as greader, and sync brings its articles', async () => {
    const { feedId } = fake.store.addFeed('https://news.example/feed.xml', 'News', { tags: ['World'] });
    const [, second] = fake.store.addEntries(feedId, 2);
    fake.store.markRead([second!]);
    fake.store.star([second!]);
    const added = await add(fake.password);
    expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
    const created = added.json.account as Record<string, unknown>;
    expect(Object.keys(created)).toEqual(['id', 'kind', 'service', 'name', 'url', 'user', 'status']);
    expect(created).toMatchObject({
      kind: 'feedbin',
      service: 'feedbin',
      name: `Feedbin (${fake.user})`,
      url: fake.apiUrl,
      user: fake.user,
      status: 'ok',
    });

    const synced = await syncFromArgv(['--data-dir', dir], {
      stderr: { isTTY: false, columns: 200, write: () => undefined },
      stdin: stdin(''),
      now,
    });
    expect(synced.exitCode, synced.output).toBe(0);
    const listed = articlesFromArgv(['--data-dir', dir, '--account', created.id as string]);
    const rows = (JSON.parse(listed.output) as { articles: { title: string; read: boolean; bookmarked: boolean }[] })
      .articles;
    expect(rows.map((row) => [row.read, row.bookmarked]).sort()).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('says the password was refused, exits 1 and saves nothing', async () => {
    const refused = await add('not the password');
    expect(refused.exitCode).toBe(1);
    expect(refused.json).toEqual({ ok: false, error: 'The server refused this user name or password.' });
    const list = await accountFromArgv(['list', '--data-dir', dir], { stdin: stdin(''), now });
    expect((JSON.parse(list.output) as { accounts: unknown[] }).accounts).toHaveLength(1);
  });

  it('takes no Google Reader --service, and says so in its usage', async () => {
    const service = await add(fake.password, '--service', 'freshrss');
    expect(service.exitCode).toBe(2);
    expect(service.json).toMatchObject({ ok: false });
    expect(JSON.stringify(service.json)).toMatch(/--service is for --kind greader/);
    const wrongKind = await accountFromArgv(
      ['add', '--data-dir', dir, '--kind', 'feedly', '--user', 'u', '--password-stdin'],
      { stdin: stdin('pw\n'), now },
    );
    expect(wrongKind.exitCode).toBe(2);
    expect(wrongKind.output).toMatch(/--kind greader, fever, miniflux, nextcloud or feedbin/);
  });
});
