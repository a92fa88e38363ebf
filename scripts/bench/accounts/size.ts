/**
 * The library `npm run bench -- accounts` puts on the fake server, read from the environment (issue 15: 500 feeds,
 * 50,000 items, 2,000 starred, half read; smaller for quick runs), and which service the fake imitates (a Google
 * Reader API variant, `fever`: the Fever API fake, `miniflux`: Miniflux's REST API fake — its Google Reader API
 * variant is `greader-miniflux` —, `nextcloud`: the Nextcloud News fake, or `feedbin`: the Feedbin API fake). A typo
 * stops the run before anything is measured, rather than measuring a library nobody asked for.
 */
import { FAKE_VARIANTS, type FakeServiceId } from '../../../tests/support/greader-fake/variants';

/** The Fever API fake (its own backend), beside the Google Reader API variants. */
export const FEVER_KIND = 'fever';
/** The Nextcloud News API fake (its own backend). */
export const NEXTCLOUD_KIND = 'nextcloud';
/** The Feedbin API v2 fake (its own backend). */
export const FEEDBIN_KIND = 'feedbin';

/** Miniflux's REST API fake (its own backend); `BENCH_KIND=miniflux` asks for it. */
export const MINIFLUX_KIND = 'miniflux-api';

/** BENCH_KIND names that are not the fake's service id: Miniflux means its own API, not its Google Reader API. */
const KIND_ALIASES: Readonly<Record<string, AccountsBenchSize['service']>> = {
  miniflux: MINIFLUX_KIND,
  'greader-miniflux': 'miniflux',
};

export interface AccountsBenchSize {
  service: FakeServiceId | typeof FEVER_KIND | typeof MINIFLUX_KIND | typeof NEXTCLOUD_KIND | typeof FEEDBIN_KIND;
  feeds: number;
  itemsPerFeed: number;
  /** feeds × itemsPerFeed: BENCH_ITEMS rounded up to whole feeds. */
  items: number;
  /** Every n-th item starred (0: none). */
  starredEvery: number;
  starred: number;
  /** Every n-th item read: half. */
  readEvery: number;
  /** Items the server crawls between the first and the incremental sync. */
  newItems: number;
  /** Read and starred changes made on the server before the incremental sync, and here before the push. */
  stateChanges: number;
}

export type SizeOutcome =
  | { ok: true; size: AccountsBenchSize }
  /** `exitCode` 2: a value that is not understood. */
  | { ok: false; message: string; exitCode: 2 };

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULTS = { feeds: 500, items: 50_000, starred: 2_000, newItems: 200, stateChanges: 1_000 } as const;

/** Beyond this the fake's memory and the run's time stop making sense for a laptop. */
const MAX_ITEMS = 1_000_000;

export function accountsBenchSize(env: Env): SizeOutcome {
  try {
    return { ok: true, size: readSize(env) };
  } catch (error) {
    if (error instanceof SizeError) return { ok: false, message: error.message, exitCode: error.exitCode };
    throw error;
  }
}

class SizeError extends Error {
  constructor(
    message: string,
    readonly exitCode: 2 = 2,
  ) {
    super(message);
  }
}

function readSize(env: Env): AccountsBenchSize {
  const kind = env.BENCH_KIND?.trim() || 'freshrss';
  const known = [
    ...Object.keys(FAKE_VARIANTS).filter((id) => id !== 'miniflux'),
    FEVER_KIND,
    NEXTCLOUD_KIND,
    FEEDBIN_KIND,
    ...Object.keys(KIND_ALIASES),
  ];
  if (!known.includes(kind)) throw new SizeError(`BENCH_KIND: "${kind}" is not one of ${known.join(', ')}`);
  const feeds = count(env, 'BENCH_FEEDS', DEFAULTS.feeds, 1);
  const items = count(env, 'BENCH_ITEMS', DEFAULTS.items, 1);
  const starred = count(env, 'BENCH_STARRED', DEFAULTS.starred, 0);
  if (items > MAX_ITEMS) throw new SizeError(`BENCH_ITEMS: at most ${MAX_ITEMS.toLocaleString('en')}`);
  if (items < feeds) throw new SizeError(`BENCH_ITEMS (${items}) must be at least BENCH_FEEDS (${feeds})`);
  if (starred > items) throw new SizeError(`BENCH_STARRED (${starred}) cannot exceed BENCH_ITEMS (${items})`);
  const itemsPerFeed = Math.ceil(items / feeds);
  const total = feeds * itemsPerFeed;
  const starredEvery = starred === 0 ? 0 : Math.floor(total / starred);
  return {
    service: Object.hasOwn(KIND_ALIASES, kind) ? KIND_ALIASES[kind]! : (kind as AccountsBenchSize['service']),
    feeds,
    itemsPerFeed,
    items: total,
    starredEvery,
    starred: starredEvery === 0 ? 0 : Math.floor(total / starredEvery),
    readEvery: 2,
    newItems: DEFAULTS.newItems,
    stateChanges: DEFAULTS.stateChanges,
  };
}

function count(env: Env, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) throw new SizeError(`${name}: "${text}" is not a whole number`);
  const value = Number(text);
  if (value < min) throw new SizeError(`${name}: at least ${min}`);
  return value;
}
