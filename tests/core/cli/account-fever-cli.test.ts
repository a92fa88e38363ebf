import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFromArgv } from '../../../electron/core/cli/account-commands';
import { articlesFromArgv } from '../../../electron/core/cli/article-commands';
import { syncFromArgv } from '../../../electron/core/cli/sync-command';
import { FeverFake } from '../../support/fever-fake/fever-fake';
import { stdin } from './support/account-cli';

/**
 * `account add --kind fever` as a script uses it, against the Fever fake on 127.0.0.1: the same JSON and the same
 * errors as `--kind greader`, then `sync` brings the articles.
 */
let fake: FeverFake;
let url: string;
let dir: string;

beforeEach(async () => {
  fake = new FeverFake();
  url = await fake.listen();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-fever-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = () => fake.nowSeconds * 1000;
const add = async (password: string, ...extra: string[]) => {
  const result = await accountFromArgv(
    ['add', '--data-dir', dir, '--kind', 'fever', '--url', url, '--user', fake.user, '--password-stdin', ...extra],
    { stdin: stdin(`${password}\n`), now },
  );
  return { exitCode: result.exitCode, json: JSON.parse(result.output) as Record<string, unknown> };
};

describe('account add --kind fever', () => {
  it('adds a Fever account with the same JSON as greader, and sync brings its articles', async () => {
    const feed = fake.addFeed('News', 'https://news.example/feed.xml', [fake.addGroup('World')]);
    fake.addItem(feed, { title: 'First' });
    fake.addItem(feed, { title: 'Second', saved: true, read: true });
    const added = await add(fake.password);
    expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
    const created = added.json.account as Record<string, unknown>;
    expect(Object.keys(created)).toEqual(['id', 'kind', 'service', 'name', 'url', 'user', 'status']);
    expect(created).toMatchObject({ kind: 'fever', service: 'fever', url, user: fake.user, status: 'ok' });

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
      ['First', false, false],
      ['Second', true, true],
    ]);
  });

  it('says the password was refused (auth:0), exits 1 and saves nothing', async () => {
    const refused = await add('not the password');
    expect(refused.exitCode).toBe(1);
    expect(refused.json).toEqual({ ok: false, error: 'The server refused this user name or password.' });
    const list = await accountFromArgv(['list', '--data-dir', dir], { stdin: stdin(''), now });
    expect((JSON.parse(list.output) as { accounts: unknown[] }).accounts).toHaveLength(1);
  });

  it('needs --url, and takes no Google Reader --service', async () => {
    const noUrl = await accountFromArgv(
      ['add', '--data-dir', dir, '--kind', 'fever', '--user', 'u', '--password-stdin'],
      {
        stdin: stdin('pw\n'),
        now,
      },
    );
    expect(noUrl.exitCode).toBe(2);
    expect(noUrl.output).toMatch(/needs --url/);
    const service = await add(fake.password, '--service', 'freshrss');
    expect(service.exitCode).toBe(2);
  });
});
