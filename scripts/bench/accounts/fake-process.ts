/**
 * The protocol fake (tests/support/greader-fake, tests/support/fever-fake for `BENCH_KIND=fever`,
 * tests/support/miniflux-fake for `BENCH_KIND=miniflux`, tests/support/nextcloud-fake for `BENCH_KIND=nextcloud`) runs
 * in a child process, so the measured process holds the app
 * alone: its CPU time and RSS are the app's, not the server's. The child is this same bundle started with
 * BENCH_ACCOUNTS_ROLE=fake; it seeds the library, then does what the parent asks over the fork IPC channel: let
 * time pass, act as "another device" (new items, read and starred changes), report item states and the requests
 * it served.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { startGReaderFake, type GReaderFake } from '../../../tests/support/greader-fake/greader-fake';
import type { FakeServiceId } from '../../../tests/support/greader-fake/variants';
import { startFeedbinBenchFake } from './feedbin-fake-child';
import { startFeverBenchFake } from './fever-fake-child';
import { startMinifluxBenchFake } from './miniflux-fake-child';
import { startNextcloudBenchFake } from './nextcloud-fake-child';
import type { AccountsBenchSize } from './size';
import { mapPlan, planStateChanges, spread, type StatePlan } from './state-changes';

export const FAKE_ROLE = 'fake';

export interface ItemState {
  read: boolean;
  starred: boolean;
}

export interface FakeReady {
  apiUrl: string;
  user: string;
  password: string;
  appCredentials: boolean;
  appId: string;
  appKey: string;
  nowMs: number;
  seedMs: number;
  unread: number;
  starred: number;
}

export interface RemoteChanges {
  nowMs: number;
  newIds: string[];
  plan: StatePlan<string>;
}

type Request =
  | { type: 'advance'; ms: number }
  | { type: 'remote-changes'; newItems: number; stateChanges: number }
  | { type: 'states'; ids: string[] }
  | { type: 'requests' }
  | { type: 'close' };
type Reply =
  | ({ type: 'ready' } & FakeReady)
  | { type: 'now'; nowMs: number }
  | ({ type: 'changed' } & RemoteChanges)
  | { type: 'states'; states: (ItemState | null)[] }
  | { type: 'requests'; counts: Record<string, number> };

export interface FakeProcess extends FakeReady {
  /** Time passes on the server; resolves with its new present. */
  advance(ms: number): Promise<number>;
  remoteChanges(newItems: number, stateChanges: number): Promise<RemoteChanges>;
  states(ids: readonly string[]): Promise<(ItemState | null)[]>;
  /** Requests served since the last call, by endpoint and status ("reader/api/0/stream/items/ids 200"). */
  requests(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** The server one benchmark run talks to, as the child drives it (the Google Reader fake, or Fever's: fever-fake-child.ts, or Nextcloud's: nextcloud-fake-child.ts). */
export interface BenchFake {
  ready: FakeReady;
  /** Time passes on the server; answers its new present (ms). */
  advance(ms: number): number;
  remoteChanges(newItems: number, stateChanges: number): RemoteChanges;
  states(ids: readonly string[]): (ItemState | null)[];
  /** Every request served so far, as "endpoint status". */
  requestKeys(): string[];
  close(): Promise<void>;
}

const FOLDERS = Array.from({ length: 10 }, (_, n) => `Folder ${n + 1}`);

/** Child side: start and seed the fake, report, then answer the parent until it closes. */
export async function runFakeChild(): Promise<void> {
  const size = JSON.parse(process.env.BENCH_ACCOUNTS_SIZE ?? '{}') as AccountsBenchSize;
  const fake =
    size.service === 'fever'
      ? await startFeverBenchFake(size, FOLDERS)
      : size.service === 'miniflux-api'
        ? await startMinifluxBenchFake(size, FOLDERS)
        : size.service === 'nextcloud'
          ? await startNextcloudBenchFake(size, FOLDERS)
          : size.service === 'feedbin'
            ? await startFeedbinBenchFake(size, FOLDERS)
            : await startGReaderBenchFake(size, size.service);
  const send = (reply: Reply) => process.send?.(reply);
  send({ type: 'ready', ...fake.ready });
  let counted = 0;
  process.on('message', (request: Request) => {
    switch (request.type) {
      case 'advance':
        return send({ type: 'now', nowMs: fake.advance(request.ms) });
      case 'remote-changes':
        return send({ type: 'changed', ...fake.remoteChanges(request.newItems, request.stateChanges) });
      case 'states':
        return send({ type: 'states', states: fake.states(request.ids) });
      case 'requests': {
        const keys = fake.requestKeys();
        const counts: Record<string, number> = {};
        for (const key of keys.slice(counted)) counts[key] = (counts[key] ?? 0) + 1;
        counted = keys.length;
        return send({ type: 'requests', counts });
      }
      case 'close':
        return void fake.close().then(() => process.exit(0));
    }
  });
  // The parent died without closing: do not linger.
  process.on('disconnect', () => process.exit(0));
}

async function startGReaderBenchFake(size: AccountsBenchSize, service: FakeServiceId): Promise<BenchFake> {
  const fake = await startGReaderFake({ service });
  const started = performance.now();
  fake.seed({
    feeds: size.feeds,
    itemsPerFeed: size.itemsPerFeed,
    folders: FOLDERS,
    starredEvery: size.starredEvery,
    readEvery: size.readEvery,
  });
  const seedMs = performance.now() - started;
  const items = fake.store.items;
  return {
    ready: {
      apiUrl: fake.apiUrl,
      user: fake.user,
      password: fake.password,
      appCredentials: fake.variant.appCredentials,
      appId: fake.appId,
      appKey: fake.appKey,
      nowMs: fake.store.nowMs(),
      seedMs,
      unread: items.filter((item) => !item.read).length,
      starred: items.filter((item) => item.starred).length,
    },
    advance(ms) {
      fake.store.advanceClock(ms);
      return fake.store.nowMs();
    },
    remoteChanges: (newItems, stateChanges) => remoteChanges(fake, newItems, stateChanges),
    states: (ids) =>
      ids.map((id) => {
        const item = fake.item(id);
        return item ? { read: item.read, starred: item.starred } : null;
      }),
    requestKeys: () => fake.requests.map((served) => `${served.endpoint} ${served.status}`),
    close: () => fake.close(),
  };
}

/** "Another device": new items in every few feeds (two each where there are enough feeds), then read and starred changes over older items. */
function remoteChanges(fake: GReaderFake, newItems: number, stateChanges: number): RemoteChanges {
  const visible = fake.store.items.filter((item) => item.feed.subscribed);
  const plan = mapPlan(planStateChanges(visible, stateChanges), (item) => item.longId);
  fake.markRead(plan.markRead, true);
  fake.markRead(plan.markUnread, false);
  fake.star(plan.star, true);
  fake.star(plan.unstar, false);
  const newIds: string[] = [];
  const feeds = spread(fake.subscriptions(), Math.ceil(newItems / 2));
  const perFeed = Math.ceil(newItems / Math.max(1, feeds.length));
  for (const feed of feeds) {
    const count = Math.min(perFeed, newItems - newIds.length);
    if (count > 0) newIds.push(...fake.addItems(feed.streamId, count).map((item) => item.longId));
  }
  return { nowMs: fake.store.nowMs(), newIds, plan };
}

/** Parent side: fork `bundle` as the fake and wait until it is seeded. */
export function forkFake(bundle: string, size: AccountsBenchSize): Promise<FakeProcess> {
  const child = fork(bundle, [], {
    env: { ...process.env, BENCH_ACCOUNTS_ROLE: FAKE_ROLE, BENCH_ACCOUNTS_SIZE: JSON.stringify(size) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends Reply['type']>(type: T) =>
    new Promise<Extract<Reply, { type: T }>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the fake server exited (${code})`));
      child.once('exit', onExit);
      const onMessage = (reply: Reply) => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<Reply, { type: T }>);
      };
      child.on('message', onMessage);
    });
  return next('ready').then(({ type: _ready, ...ready }) => ({
    ...ready,
    advance: (ms) => ask(child, { type: 'advance', ms }, next('now')).then((reply) => reply.nowMs),
    remoteChanges: (newItems, stateChanges) =>
      ask(child, { type: 'remote-changes', newItems, stateChanges }, next('changed')).then(
        ({ type: _changed, ...changes }) => changes,
      ),
    states: (ids) => ask(child, { type: 'states', ids: [...ids] }, next('states')).then((reply) => reply.states),
    requests: () => ask(child, { type: 'requests' }, next('requests')).then((reply) => reply.counts),
    close: () => {
      const exited = new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
      );
      child.send({ type: 'close' } satisfies Request);
      return exited;
    },
  }));
}

function ask<T>(child: ChildProcess, request: Request, reply: Promise<T>): Promise<T> {
  child.send(request);
  return reply;
}
