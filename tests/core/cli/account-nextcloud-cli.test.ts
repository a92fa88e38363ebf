import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFromArgv } from '../../../electron/core/cli/account-commands';
import { articlesFromArgv } from '../../../electron/core/cli/article-commands';
import { syncFromArgv } from '../../../electron/core/cli/sync-command';
import { startNextcloudFake, type NextcloudFake } from '../../support/nextcloud-fake/nextcloud-fake';
import { stdin } from './support/account-cli';

/**
 * `account add --kind nextcloud` as a script uses it, against the Nextcloud News fake on 127.0.0.1: the same JSON and
 * the same errors as `--kind greader`, the Nextcloud's own address completed to the News API, then `sync` brings the
 * articles.
 */
let fake: NextcloudFake;
let dir: string;

beforeEach(async () => {
  fake = await startNextcloudFake();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-nextcloud-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = () => fake.store.nowUs() / 1000;
const add = async (password: string, ...extra: string[]) => {
  const result = await accountFromArgv(
    [
      'add',
      '--data-dir',
      dir,
      '--kind',
      'nextcloud',
      '--url',
      fake.origin,
      '--user',
      fake.user,
      '--password-stdin',
      ...extra,
    ],
    { stdin: stdin(`${password}\n`), now },
  );
  return { exitCode: result.exitCode, json: JSON.parse(result.output) as Record<string, unknown> };
};

describe('account add --kind nextcloud', () => {
  it('adds a Nextcloud News account with the same JSON as greader, and sync brings its articles', async () => {
    const feed = fake.addFeed('https://news.example/feed.xml', 'News', fake.addFolder('World').id);
    const [first, second] = fake.addItems(feed.id, 2);
    fake.setState(second!.id, { unread: false, starred: true });
    const added = await add(fake.password);
    expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
    const created = added.json.account as Record<string, unknown>;
    expect(Object.keys(created)).toEqual(['id', 'kind', 'service', 'name', 'url', 'user', 'status']);
    expect(created).toMatchObject({
      kind: 'nextcloud',
      service: 'nextcloud',
      name: `Nextcloud News (${fake.user})`,
      url: `${fake.origin}/index.php/apps/news/api/v1-3`,
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
    expect(rows.map((row) => [row.title, row.read, row.bookmarked]).sort()).toEqual([
      [`Item ${first!.id}`, false, false],
      [`Item ${second!.id}`, true, true],
    ]);
  });

  it('says the password was refused, exits 1 and saves nothing', async () => {
    const refused = await add('not the password');
    expect(refused.exitCode).toBe(1);
    expect(refused.json).toEqual({ ok: false, error: 'The server refused this user name or password.' });
    const list = await accountFromArgv(['list', '--data-dir', dir], { stdin: stdin(''), now });
    expect((JSON.parse(list.output) as { accounts: unknown[] }).accounts).toHaveLength(1);
  });

  it('needs --url, and takes no Google Reader --service', async () => {
    const noUrl = await accountFromArgv(
      ['add', '--data-dir', dir, '--kind', 'nextcloud', '--user', 'u', '--password-stdin'],
      { stdin: stdin('pw\n'), now },
    );
    expect(noUrl.exitCode).toBe(2);
    expect(noUrl.output).toMatch(/needs --url/);
    const service = await add(fake.password, '--service', 'freshrss');
    expect(service.exitCode).toBe(2);
    expect(service.json.error).toMatch(/--service is for --kind greader/);
  });
});
