import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  methods,
  type CoreMethodName,
  type EventName,
  type EventPayload,
  type MethodArgs,
  type MethodResult,
} from '../../../../electron/api/contract';
import { createCoreService, type CoreService, type CoreServiceOptions } from '../../../../electron/core/service';
import type { Feed, FeedCreate } from '../../../../electron/api/library-models';
import { addFeed, getFeed, listFeeds } from '../../../../electron/core/library/feeds';
import { createSection } from '../../../../electron/core/library/sections';
import type { Timers } from '../../../../electron/core/sync/scheduler';
import { NOW, tempDir } from '../../library/support/library-fixture';

/** A core service in a temporary folder with a settable clock, hand-driven timers and recorded events. */
export interface Harness {
  core: CoreService;
  dir: string;
  clock: { now: number };
  timers: FakeTimers;
  events: { event: EventName; payload: unknown }[];
  eventsOf<E extends EventName>(event: E): EventPayload<E>[];
  /** Synchronous library shortcuts (the handlers' types allow promises). */
  addFeed(input: FeedCreate): string;
  feed(id: string): Feed;
  feeds(): Feed[];
  section(name: string): string;
  dispose(): Promise<void>;
}

export interface FakeTimers extends Timers {
  pending: { callback: () => void; ms: number }[];
}

export function fakeTimers(): FakeTimers {
  const pending: FakeTimers['pending'] = [];
  return {
    pending,
    setTimeout: (callback, ms) => {
      const timer = { callback, ms };
      pending.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      const index = pending.indexOf(handle as (typeof pending)[number]);
      if (index >= 0) pending.splice(index, 1);
    },
  };
}

export const DEFAULTS_OPML = readFileSync(
  join(import.meta.dirname, '..', '..', '..', '..', 'assets', 'default-subscriptions.opml'),
  'utf8',
);

/** Engine options, and the network's test bounds (`fetcher`, `limits`). */
export type HarnessOptions = NonNullable<NonNullable<CoreServiceOptions['sync']>['engine']> &
  NonNullable<CoreServiceOptions['network']>;

/** A core over a fresh data folder, or over `dir` to play a restart of the app. */
export function createHarness(options: HarnessOptions = {}, dir = tempDir()): Harness {
  const { fetcher, limits, ...engine } = options;
  const clock = { now: NOW };
  const timers = fakeTimers();
  const events: Harness['events'] = [];
  const core = createCoreService({
    dataDir: dir,
    appName: 'Broadsheet',
    appVersion: '0.0.0-test',
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit: (event, payload) => void events.push({ event, payload }),
    now: () => clock.now,
    defaultSubscriptions: DEFAULTS_OPML,
    sync: { timers, engine: { random: () => 0.5, ...engine } },
    network: { ...(fetcher ? { fetcher } : {}), ...(limits ? { limits } : {}) },
  });
  return {
    core,
    dir,
    clock,
    timers,
    events,
    eventsOf: <E extends EventName>(event: E) =>
      events.filter((e) => e.event === event).map((e) => e.payload as EventPayload<E>),
    addFeed: (input) => addFeed(core.library.db(), input, clock.now).id,
    feed: (id) => getFeed(core.library.db(), id),
    feeds: () => listFeeds(core.library.db()),
    section: (name) => createSection(core.library.db(), name, clock.now).id,
    async dispose() {
      await core.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Refreshes and waits for the run to end. */
export async function refreshAndWait(
  h: Harness,
  target: Parameters<CoreService['sync']['engine']['refresh']>[0] = { kind: 'all' },
) {
  const request = h.core.sync.engine.refresh(target);
  const finished = await request.finished;
  if (!finished) throw new Error('no refresh started');
  return finished;
}

/** Calls a core handler the way the worker does: arguments through the contract's schema first. */
export async function call<M extends CoreMethodName>(
  h: Harness,
  method: M,
  ...args: MethodArgs<M>
): Promise<MethodResult<M>> {
  const parsed = methods[method].args.parse(args) as unknown[];
  const handler = h.core.handlers[method] as (...a: unknown[]) => unknown;
  return (await handler(...parsed)) as MethodResult<M>;
}
