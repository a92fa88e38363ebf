import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFromArgv } from '../../../electron/core/cli/account-commands';
import { articlesFromArgv, markFromArgv } from '../../../electron/core/cli/article-commands';
import { runCli } from '../../../electron/core/cli/main';
import { createFileSecretStore, SECRETS_FILE } from '../../../electron/core/secrets/file-secret-store';
import { startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { accountCli, stdin } from './support/account-cli';
import { buildCli } from './support/build-cli';

/**
 * `account add | list | remove` and the accounts' part of `sync`, as a script would use them, against the Google
 * Reader API fake on 127.0.0.1: the password goes in on stdin, is tested before anything is saved, lands in the
 * folder's secrets.json (0600), and the account syncs both ways — articles arrive, a change made with `mark`
 * reaches the server on the next sync.
 */
let fake: GReaderFake;
let dir: string;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-accounts-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = () => accountCli(dir, () => fake);
const now = () => fake.store.nowMs();
const account = (args: string[], input = '') => cli().account(args, input);
const addFreshRss = (password?: string) => cli().add(password);
const sync = () => cli().sync();

function articles(...argv: string[]) {
  const result = articlesFromArgv(['--data-dir', dir, ...argv]);
  expect(result.exitCode, result.output).toBe(0);
  return (JSON.parse(result.output) as { articles: { id: string; title: string; read: boolean; account: string }[] })
    .articles;
}

const secretsFile = () => join(dir, SECRETS_FILE);
const secretNames = () => Object.keys(cli().secretSchemes());

describe('account add, list, sync, mark, remove', () => {
  it('adds a FreshRSS account, syncs its articles, sends a change made with mark, and removes it', async () => {
    const feed = fake.addFeed('https://news.example/feed.xml', 'News', ['World']);
    const items = fake.addItems(feed.streamId, 3);

    const added = await addFreshRss();
    expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
    const { account: created } = added.json as { account: Record<string, unknown> };
    expect(Object.keys(created)).toEqual(['id', 'kind', 'service', 'name', 'url', 'user', 'status']);
    expect(created).toMatchObject({
      kind: 'greader',
      service: 'freshrss',
      name: `FreshRSS (${fake.user})`,
      url: fake.apiUrl,
      user: fake.user,
      status: 'ok',
    });
    const id = created.id as string;

    // The password sits in the folder's secrets file, readable by the user alone, and nowhere in the library.
    expect(statSync(secretsFile()).mode & 0o777).toBe(0o600);
    expect(await createFileSecretStore(secretsFile()).get(`account:${id}:password`)).toBe(fake.password);
    expect(readFileSync(join(dir, 'library.sqlite')).includes(fake.password)).toBe(false);

    const listed = await account(['list']);
    expect(listed.exitCode).toBe(0);
    expect(listed.json.accounts).toEqual([
      expect.objectContaining({ id: 'local', kind: 'local' }),
      {
        id,
        kind: 'greader',
        service: 'freshrss',
        name: `FreshRSS (${fake.user})`,
        url: fake.apiUrl,
        user: fake.user,
        status: 'ok',
        lastSyncAt: null,
        lastError: null,
      },
    ]);

    const first = await sync();
    expect(first.exitCode, JSON.stringify(first.json)).toBe(0);
    expect(first.json).toMatchObject({ ok: true, feeds: 0 });
    expect(first.json.accounts).toEqual([
      { id, status: 'ok', newArticles: 3, pushed: 0, pulledStates: 0, unreadToDownload: 0, error: null },
    ]);
    expect(first.stderr).toContain(`account ${id}: syncing…\n`);
    expect(first.stderr).toContain(`account ${id}: 3 new, 0 changes sent`);
    const arrived = articles('--account', id);
    expect(arrived.map((article) => article.title).sort()).toEqual(items.map((item) => item.title).sort());
    expect(arrived.every((article) => !article.read)).toBe(true);

    const target = arrived.find((article) => article.title === items[1]!.title)!;
    const marked = markFromArgv(['--data-dir', dir, '--article', target.id, '--read'], now);
    expect(marked.exitCode, marked.output).toBe(0);
    expect(fake.item(items[1]!.longId)!.read).toBe(false);

    const second = await sync();
    expect(second.exitCode).toBe(0);
    expect(second.json.accounts).toEqual([
      expect.objectContaining({ id, status: 'ok', newArticles: 0, pushed: 1, error: null }),
    ]);
    expect(fake.item(items[1]!.longId)!.read).toBe(true);
    expect(fake.item(items[0]!.longId)!.read).toBe(false);
    const afterSync = (await account(['list'])).json.accounts as { id: string; lastSyncAt: string | null }[];
    expect(afterSync.find((entry) => entry.id === id)!.lastSyncAt).toBe(new Date(now()).toISOString());

    const removed = await account(['remove', '--account', id]);
    expect(removed).toMatchObject({ exitCode: 0, json: { ok: true, removed: { id, keepBookmarks: false } } });
    expect((await account(['list'])).json.accounts).toEqual([expect.objectContaining({ id: 'local' })]);
    expect(secretNames()).toEqual([]);
    expect(articles('--account', id)).toEqual([]);
  });

  it('keeps bookmarked articles as local copies when removing with --keep-bookmarks', async () => {
    const feed = fake.addFeed('https://news.example/feed.xml', 'News');
    fake.addItems(feed.streamId, 2);
    const id = ((await addFreshRss()).json.account as { id: string }).id;
    await sync();
    const kept = articles('--account', id)[0]!;
    expect(markFromArgv(['--data-dir', dir, '--article', kept.id, '--bookmark'], now).exitCode).toBe(0);

    expect((await account(['remove', '--account', id, '--keep-bookmarks'])).exitCode).toBe(0);
    expect(articles('--bookmarked').map((article) => [article.title, article.account])).toEqual([
      [kept.title, 'local'],
    ]);
  });

  it('says the password was refused, exits 1 and saves nothing', async () => {
    const refused = await addFreshRss('not the password');
    expect(refused.exitCode).toBe(1);
    expect(refused.json).toEqual({ ok: false, error: 'The server refused this user name or password.' });
    expect((await account(['list'])).json.accounts).toEqual([expect.objectContaining({ id: 'local' })]);
    expect(secretNames()).toEqual([]);
    expect(readFileSync(join(dir, 'library.sqlite')).includes('not the password')).toBe(false);
  });

  it('refuses plain http to another computer without --allow-http, before sending the password', async () => {
    const before = fake.requests.length;
    const refused = await account(
      ['add', '--kind', 'greader', '--url', 'http://192.0.2.10/api/greader.php', '--user', 'me', '--password-stdin'],
      'secret\n',
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.json.error).toMatch(/plain http:\/\/ sends your password unencrypted/);
    expect(fake.requests.length).toBe(before);
    expect(secretNames()).toEqual([]);
  });

  it('says when the server cannot be reached, exits 2 and saves nothing', async () => {
    const gone = await startGReaderFake({ service: 'freshrss' });
    await gone.close();
    const result = await account(
      ['add', '--kind', 'greader', '--service', 'freshrss', '--url', gone.apiUrl, '--user', 'u', '--password-stdin'],
      'pw\n',
    );
    expect(result.exitCode).toBe(2);
    expect(result.json.error).toMatch(/could not be reached/);
    expect((await account(['list'])).json.accounts).toEqual([expect.objectContaining({ id: 'local' })]);
    expect(secretNames()).toEqual([]);
  });

  it('takes Inoreader’s App ID from --app-id and its App key from stdin’s second line', async () => {
    const inoreader = await startGReaderFake({ service: 'inoreader' });
    try {
      const added = await account(
        [
          'add',
          '--kind',
          'greader',
          '--service',
          'inoreader',
          '--url',
          inoreader.apiUrl,
          '--user',
          inoreader.user,
          '--app-id',
          inoreader.appId,
          '--password-stdin',
        ],
        `${inoreader.password}\n${inoreader.appKey}\n`,
      );
      expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
      const id = (added.json.account as { id: string }).id;
      const store = createFileSecretStore(secretsFile());
      expect(await store.get(`account:${id}:appkey`)).toBe(inoreader.appKey);
      expect(inoreader.requestsTo('accounts/ClientLogin')[0]!.headers.appkey).toBe(inoreader.appKey);

      const noKey = await account(
        ['add', '--kind', 'greader', '--service', 'inoreader', '--user', 'u', '--app-id', 'a', '--password-stdin'],
        'pw\n',
      );
      expect(noKey.exitCode).toBe(2);
      expect(noKey.json.error).toContain('App key');
    } finally {
      await inoreader.close();
    }
  });

  it('explains usage mistakes with exit 2', async () => {
    const cases: [string[], string, RegExp][] = [
      [['add', '--kind', 'greader', '--url', fake.apiUrl, '--user', 'u'], 'pw\n', /--password-stdin/],
      [
        ['add', '--kind', 'greader', '--url', fake.apiUrl, '--user', 'u', '--password-stdin'],
        '',
        /no password on stdin/,
      ],
      [['add', '--url', fake.apiUrl, '--user', 'u', '--password-stdin'], 'pw\n', /--kind greader/],
      [['add', '--kind', 'greader', '--service', 'feedly', '--user', 'u', '--password-stdin'], 'pw\n', /--service/],
      [['add', '--kind', 'greader', '--service', 'inoreader', '--user', 'u', '--password-stdin'], 'pw\n', /--app-id/],
      [['add', '--kind', 'greader', '--service', 'freshrss', '--user', 'u', '--password-stdin'], 'pw\n', /address/],
      [['rename'], '', /unknown account action/],
      [['remove'], '', /--account/],
    ];
    for (const [args, input, message] of cases) {
      const result = await account(args, input);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.json.error, args.join(' ')).toMatch(message);
    }
    const unknown = await account(['remove', '--account', 'nobody']);
    expect(unknown.exitCode).toBe(1);
    const local = await account(['remove', '--account', 'local']);
    expect(local.exitCode).toBe(1);
    const elsewhere = await accountFromArgv(['list', '--data-dir', join(dir, 'nowhere')], { stdin: stdin('') });
    expect(elsewhere.exitCode).toBe(2);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('--help says how the password is kept and read', async () => {
    const help = (await runCli(['account', '--help'])).output;
    expect(help).toMatch(/no keychain here: the password is kept in a file readable only by you/i);
    expect(help).toContain('--password-stdin');
    expect(help).toContain('account list --data-dir <dir>');
    expect(help).toContain('account remove --data-dir <dir> --account <id> [--keep-bookmarks]');
    expect(help).toContain('App key as the second line of stdin');
    expect((await runCli(['--help'])).output).toContain('account (add | list | remove)');
  });
});

/** The bundled CLI in a process of its own, the password written to its stdin. */
function runBuilt(entry: string, args: string[], input: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('the built CLI', () => {
  it('adds an account with the password piped to stdin', async () => {
    const entry = await buildCli(join(dir, 'bundle'));
    const data = join(dir, 'library');
    const args = ['--data-dir', data, '--kind', 'greader', '--service', 'freshrss', '--url', fake.origin];
    const run = await runBuilt(
      entry,
      ['account', 'add', ...args, '--user', fake.user, '--password-stdin'],
      `${fake.password}\n`,
    );
    expect(run.code).toBe(0);
    // The server's base URL was completed to FreshRSS's API endpoint.
    expect(JSON.parse(run.stdout)).toEqual({
      account: expect.objectContaining({ kind: 'greader', service: 'freshrss', url: fake.apiUrl, status: 'ok' }),
    });
    expect(statSync(join(data, SECRETS_FILE)).mode & 0o777).toBe(0o600);

    const refused = await runBuilt(
      entry,
      ['account', 'add', ...args, '--user', fake.user, '--password-stdin'],
      'wrong\n',
    );
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatch(/refused this user name or password/);
  }, 30_000);
});
