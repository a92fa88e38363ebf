import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_FORMAT } from '../../../electron/api/certificate-fingerprint';
import { AddAccountInputSchema, type AddAccountInput } from '../../../electron/api/methods/accounts';
import { all } from '../../../electron/core/db/sql';
import { createNetwork, type Network } from '../../../electron/core/net/network';
import { startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { makeSelfSignedCert, type SelfSignedCert } from '../../support/self-signed-cert';
import { openLocalSide, type LocalSide } from './conformance/local-side';

/**
 * A server with a certificate of its own (self-signed, made at test time with openssl): the Google Reader API fake
 * over https on 127.0.0.1. Pinned, its account is added and syncs; with another fingerprint, or none, it is refused
 * before the password is sent, and nothing is saved. The pin is kept with the account and every later sync checks it.
 */
let cert: SelfSignedCert;
let other: SelfSignedCert;
let fake: GReaderFake;
let network: Network;
let local: LocalSide;

beforeAll(() => {
  cert = makeSelfSignedCert();
  other = makeSelfSignedCert();
});
beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss', tls: cert });
  const feed = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  fake.addItems(feed.streamId, 3);
  network = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {}, connectTimeoutMs: 5_000 } });
  local = openSide();
});
afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await network.close();
  await fake.close();
});

/** The app's account service on the core's network, which pins what the account asks for. */
function openSide(dir?: string): LocalSide {
  return openLocalSide(network.transport, () => fake.store.nowMs(), dir, {
    transport: (pin) => (pin === null ? network.transport : network.createTransport({ pinnedFingerprint: pin })),
  });
}

const input = (pinnedFingerprint?: string): AddAccountInput =>
  AddAccountInputSchema.parse({
    kind: 'greader',
    service: 'freshrss',
    url: fake.apiUrl,
    user: fake.user,
    password: fake.password,
    ...(pinnedFingerprint === undefined ? {} : { pinnedFingerprint }),
  });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the account was added');
    },
    (error: unknown) => error as Error,
  );
const remoteAccounts = () => local.accounts.list().filter((account) => account.id !== 'local');

describe('an account whose server’s certificate is pinned', () => {
  it('is added and syncs when the pinned fingerprint is the server’s, written as bare lower-case hex', async () => {
    const account = await local.accounts.add(input(cert.fingerprint.replace(/:/g, '').toLowerCase()));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    expect(local.articles(account.id)).toHaveLength(3);
    // The pin is kept with the account (it is no secret), in the form the network compares.
    const [row] = all<{ options: string }>(local.library.db(), 'SELECT options FROM accounts WHERE id = ?', account.id);
    expect(JSON.parse(row!.options)).toMatchObject({ pinnedFingerprint: cert.fingerprint });
  });

  it('is refused when the server’s certificate is not the pinned one, before the password is sent', async () => {
    const error = await refusal(local.accounts.add(input(other.fingerprint)));
    expect(error.message).toBe(
      `The certificate of ${new URL(fake.origin).host} is not the one pinned for this server (it presented SHA-256 ${cert.fingerprint}). ` +
        'If the server’s certificate was replaced, check the new one and pin its fingerprint.',
    );
    expect(fake.requests).toHaveLength(0);
    expect(remoteAccounts()).toEqual([]);
  });

  it('is refused without a pin: nobody vouches for a self-signed certificate', async () => {
    const error = await refusal(local.accounts.add(input()));
    expect(error.message).toMatch(/its certificate could not be verified\. .*pin its fingerprint/);
    expect(fake.requests).toHaveLength(0);
    expect(remoteAccounts()).toEqual([]);
  });

  it('checks the stored pin at every sync: after the server’s certificate was replaced, the sync stops with the reason', async () => {
    const account = await local.accounts.add(input(cert.fingerprint));
    expect((await local.accounts.sync(account.id)).status).toBe('ok');
    // The server comes back at the same address with another certificate (renewed, or someone in between), and the
    // app starts again: the account's pin comes from its row.
    const port = Number(new URL(fake.origin).port);
    await fake.close();
    fake = await startGReaderFake({ service: 'freshrss', tls: other, port });
    await network.close();
    network = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {}, connectTimeoutMs: 5_000 } });
    const restarted = openSide(local.dir);
    try {
      restarted.accounts.setCredentials([{ id: account.id, password: fake.password, appKey: null }]);
      const summary = await restarted.accounts.sync(account.id);
      expect(summary).toMatchObject({ status: 'error', error: expect.stringMatching(/is not the one pinned/) });
      expect(fake.requests).toHaveLength(0);
    } finally {
      await restarted.accounts.idle();
      restarted.close();
    }
  });

  it('takes a fingerprint only in its known forms, and only for an https server', async () => {
    for (const bad of ['AB:CD', 'zz'.repeat(32), `${cert.fingerprint}:00`]) {
      const parsed = AddAccountInputSchema.safeParse({ ...input(), pinnedFingerprint: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(FINGERPRINT_FORMAT);
    }
    expect(input(`SHA256 Fingerprint=${cert.fingerprint.toLowerCase()}`).pinnedFingerprint).toBe(cert.fingerprint);
    const plain = { ...input(cert.fingerprint), url: 'http://127.0.0.1:9/api/greader.php' };
    await expect(local.accounts.add(plain)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENTS',
      message: 'A certificate fingerprint can be pinned only for an https:// server.',
    });
  });
});
