import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_FORMAT } from '../../../electron/api/certificate-fingerprint';
import { ACCOUNT_HELP } from '../../../electron/core/cli/account-commands';
import { startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { makeSelfSignedCert, type SelfSignedCert } from '../../support/self-signed-cert';
import { accountCli } from './support/account-cli';

/**
 * `account add --pin-sha256`: a server with a certificate of its own (the fake over https with a self-signed
 * certificate made at test time) is added when its fingerprint is pinned, and syncs; another fingerprint is refused
 * with the reason and saves nothing; text that is no fingerprint is a usage error.
 */
let cert: SelfSignedCert;
let fake: GReaderFake;
let dir: string;

beforeAll(() => {
  cert = makeSelfSignedCert();
});
beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss', tls: cert });
  fake.addItems(fake.addFeed('https://news.example/feed.xml', 'News', ['World']).streamId, 2);
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-pin-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = () => accountCli(dir, () => fake);
const remote = async () =>
  ((await cli().account(['list'])).json.accounts as { id: string }[]).filter((account) => account.id !== 'local');

describe('account add --pin-sha256', () => {
  it('adds and syncs an account whose server’s certificate fingerprint is pinned', async () => {
    const added = await cli().add(undefined, '--pin-sha256', cert.fingerprint);
    expect(added.exitCode, JSON.stringify(added.json)).toBe(0);
    const synced = await cli().sync();
    expect(cli().accountsOf(synced)).toEqual([expect.objectContaining({ status: 'ok', newArticles: 2 })]);
  });

  it('refuses a server whose certificate is not the pinned one, with the reason, and saves nothing', async () => {
    const pin = `${cert.fingerprint.slice(0, -2)}${cert.fingerprint.endsWith('00') ? '01' : '00'}`;
    const refused = await cli().add(undefined, '--pin-sha256', pin);
    expect(refused.exitCode).toBe(2);
    expect(refused.json.error).toMatch(/is not the one pinned for this server/);
    expect(fake.requests).toHaveLength(0);
    expect(await remote()).toEqual([]);
    expect(cli().secretSchemes()).toEqual({});
  });

  it('says what a fingerprint looks like when given something else', async () => {
    const refused = await cli().add(undefined, '--pin-sha256', 'AB:CD');
    expect(refused.exitCode).toBe(2);
    expect(refused.json.error).toContain(`--pin-sha256 is not acceptable: ${FINGERPRINT_FORMAT}`);
    expect(ACCOUNT_HELP).toContain('--pin-sha256');
  });
});
