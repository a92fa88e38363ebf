import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountFailedInApp } from '../../../electron/core/cli/sync-accounts';
import { createFileSecretStore, type SecretCipher } from '../../../electron/core/secrets/file-secret-store';
import { startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { items, rss, startFeedServer, type FeedServer } from '../sync/support/feed-server';
import { accountCli } from './support/account-cli';

/**
 * `sync` on a folder with sync-service accounts, against the Google Reader API fake: every account syncs after
 * the feeds, a line each on stderr; a password the command line cannot use — sealed by the desktop app's
 * keychain, missing, changed on the server — makes that account "needs-password" with what to do, and
 * `--password-stdin` supplies it. None of these, nor a server failing, is the app's failure: exit 0.
 */
let fake: GReaderFake;
let dir: string;
const cli = () => accountCli(dir, () => fake);

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  const feed = fake.addFeed('https://news.example/feed.xml', 'News');
  fake.addItems(feed.streamId, 2);
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-sync-accounts-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for the desktop app's keychain, which the command line does not have. */
const desktopKeychain: SecretCipher = {
  scheme: 'electron-safe-storage',
  encrypt: async (plain) => Buffer.from([...plain].reverse().join(''), 'utf8'),
  decrypt: async (sealed) => [...sealed.toString('utf8')].reverse().join(''),
};

async function addAccount(): Promise<string> {
  const added = await cli().add();
  expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
  return (added.json.account as { id: string }).id;
}

describe('sync with accounts', () => {
  it('refreshes the feeds, then syncs each account, with a progress line per account', async () => {
    const server: FeedServer = await startFeedServer();
    try {
      server.set('/local.xml', { body: rss('Local', items(2, 'local')) });
      const opml = join(dir, 'local.opml');
      writeFileSync(
        opml,
        `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="Local" xmlUrl="${server.url('/local.xml')}"/></body></opml>`,
      );
      const id = await addAccount();
      const run = await cli().sync(['--opml', opml]);
      expect(run.exitCode).toBe(0);
      expect(run.json).toMatchObject({ ok: true, feeds: 1, refreshed: 1, newArticles: 2, failed: 0 });
      expect(cli().accountsOf(run)).toEqual([
        { id, status: 'ok', newArticles: 2, pushed: 0, pulledStates: 0, unreadToDownload: 0, error: null },
      ]);
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(/1\/1 feeds, 2 new, 0 failed$/),
        `account ${id}: syncing…`,
        `account ${id}: 2 new, 0 changes sent, 0 states from the server`,
      ]);
    } finally {
      await server.close();
    }
  });

  it('on a terminal, an account’s outcome replaces its "syncing" line and stays', async () => {
    const id = await addAccount();
    const run = await cli().sync([], '', true);
    expect(run.stderr).toContain(`\raccount ${id}: syncing…\x1b[K`);
    expect(run.stderr).toMatch(new RegExp(`\\raccount ${id}: 2 new, [^\\n]*\\x1b\\[K\\n$`));
  });

  it('asks for a password the desktop app’s keychain sealed, takes it on stdin, and leaves the sealed copy alone', async () => {
    const id = await addAccount();
    await createFileSecretStore(cli().secretsFile(), desktopKeychain).set(`account:${id}:password`, fake.password);
    const logins = () => fake.requestsTo('accounts/ClientLogin').length;
    const before = logins();

    const locked = await cli().sync();
    expect(locked.exitCode).toBe(0);
    expect(locked.json.ok).toBe(true);
    const [entry] = cli().accountsOf(locked);
    expect(entry).toMatchObject({ id, status: 'needs-password', newArticles: 0 });
    expect(entry!.error).toBe(
      `Its password was saved by the desktop app’s keychain, which the command line cannot open: run sync again with --account ${id} --password-stdin to give it.`,
    );
    expect(logins()).toBe(before);
    expect(locked.stderr).toContain(`account ${id}: needs-password (Its password was saved`);
    const listed = await cli().account(['list']);
    expect((listed.json.accounts as { id: string; status: string }[])[1]).toMatchObject({
      id,
      status: 'needs-password',
    });

    const given = await cli().sync(['--password-stdin'], `${fake.password}\n`);
    expect(given.exitCode).toBe(0);
    expect(cli().accountsOf(given)).toEqual([
      { id, status: 'ok', newArticles: 2, pushed: 0, pulledStates: 0, unreadToDownload: 0, error: null },
    ]);
    expect(cli().secretSchemes()[`account:${id}:password`]).toBe('electron-safe-storage');
    expect(cli().accountsOf(await cli().sync())[0]!.status).toBe('needs-password');
  });

  it('asks for a missing password, then keeps the one the server accepted', async () => {
    const id = await addAccount();
    unlinkSync(cli().secretsFile());

    const missing = cli().accountsOf(await cli().sync())[0]!;
    expect(missing).toMatchObject({ status: 'needs-password' });
    expect(missing.error).toBe(
      `Broadsheet has no password for this account: run sync again with --account ${id} --password-stdin to give it.`,
    );

    const given = await cli().sync(['--account', id, '--password-stdin'], `${fake.password}\n`);
    expect(cli().accountsOf(given)[0]).toMatchObject({ status: 'ok', newArticles: 2 });
    expect(await createFileSecretStore(cli().secretsFile()).get(`account:${id}:password`)).toBe(fake.password);
    expect(cli().accountsOf(await cli().sync())[0]).toMatchObject({ status: 'ok', error: null });
  });

  it('reports a password changed on the server, refuses a wrong one on stdin, saves the right one', async () => {
    const id = await addAccount();
    const saved = fake.password;
    fake.changePassword('a new password');

    const refused = await cli().sync();
    expect(refused.exitCode).toBe(0);
    const entry = cli().accountsOf(refused)[0]!;
    expect(entry.status).toBe('needs-password');
    expect(entry.error).toBe(
      `The server refused the saved password. To give the new one, run sync again with --account ${id} --password-stdin.`,
    );

    const wrong = await cli().sync(['--password-stdin'], 'still wrong\n');
    expect(wrong.exitCode).toBe(0);
    expect(cli().accountsOf(wrong)[0]).toMatchObject({
      status: 'needs-password',
      error: 'The server refused the password given on stdin.',
    });
    const store = createFileSecretStore(cli().secretsFile());
    expect(await store.get(`account:${id}:password`)).toBe(saved);

    const right = await cli().sync(['--password-stdin'], 'a new password\n');
    expect(cli().accountsOf(right)[0]).toMatchObject({ status: 'ok', newArticles: 2 });
    expect(await store.get(`account:${id}:password`)).toBe('a new password');
  });

  it('a server failing is reported for its account with exit 0', async () => {
    const id = await addAccount();
    fake.failNext({ endpoint: 'reader/api/0/tag/list', status: 500, times: 5 });
    const run = await cli().sync();
    expect(run.exitCode).toBe(0);
    expect(run.json.ok).toBe(true);
    const entry = cli().accountsOf(run)[0]!;
    expect(entry).toMatchObject({ id, status: 'error', newArticles: 0 });
    expect(entry.error).toMatch(/The server failed \(HTTP 500\)/);
    expect(accountFailedInApp(entry)).toBe(false);
  });

  it('needs --account when several accounts could take the password on stdin', async () => {
    const first = await addAccount();
    const second = await addAccount();
    unlinkSync(cli().secretsFile());

    const ambiguous = await cli().sync(['--password-stdin'], `${fake.password}\n`);
    expect(ambiguous.exitCode).toBe(2);
    expect(ambiguous.json.error).toBe(
      `several accounts could take the password on stdin (${first}, ${second}): name one with --account <id>, one account per run`,
    );

    const named = await cli().sync(['--account', second, '--password-stdin'], `${fake.password}\n`);
    expect(
      cli()
        .accountsOf(named)
        .map((entry) => [entry.id, entry.status]),
    ).toEqual([
      [first, 'needs-password'],
      [second, 'ok'],
    ]);
    expect((await cli().sync(['--account', first])).exitCode).toBe(2);
    expect((await cli().sync(['--account', 'nobody', '--password-stdin'], 'pw\n')).json.error).toMatch(
      /no sync-service account "nobody"/,
    );
    expect((await cli().sync(['--account', first, '--password-stdin'], '')).json.error).toMatch(/no password on stdin/);
  });

  it('counts only the account service’s unexpected errors as the app’s own failure', () => {
    const summary = { id: 'a', newArticles: 0, pushed: 0, pulledStates: 0, unreadToDownload: 0 };
    expect(accountFailedInApp({ ...summary, status: 'error', error: 'Unexpected error: disk I/O error' })).toBe(true);
    expect(accountFailedInApp({ ...summary, status: 'error', error: 'The server could not be reached.' })).toBe(false);
    expect(accountFailedInApp({ ...summary, status: 'needs-password', error: 'Unexpected error' })).toBe(false);
    expect(accountFailedInApp({ ...summary, status: 'ok', error: null })).toBe(false);
  });
});
