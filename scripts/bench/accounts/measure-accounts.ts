/**
 * The benchmark's timed moments, in the order a reader meets them: adding the account (first articles readable,
 * then the first sync complete), an incremental sync after the server changed, and a sync that pushes the reader's
 * own changes. Each is checked after it is timed (the right articles, states on both sides), so a fast figure is
 * never the figure of a sync that did less. A failed check stops the run with the reason, except the push's, which
 * makes its figure null with a note (the outbox may not be wired yet; the push path is then timed on an outbox
 * filled directly, and reported apart).
 */
import type { AddAccountInput } from '../../../electron/api/methods/accounts';
import type { AccountSyncSummary } from '../../../electron/core/accounts/account-service';
import { kernelPeakRssMb } from '../sync/host-metrics';
import { startPhase, type PhaseTime } from '../sync/phase-meter';
import { fillOutbox, makeLocalChanges, type AppSide, type StoredArticle } from './app-side';
import type { FakeProcess } from './fake-process';
import { startAllocationProfile } from './allocation-profile';
import type { AccountsMeasurements } from './figures';
import { sampleMemory } from './memory-sampler';
import type { AccountsBenchSize } from './size';
import { changesSeen, mapPlan, planEntries, planSize, planStateChanges, type StatePlan } from './state-changes';

/** Issue 15: "account added → first 50 articles readable". */
export const READABLE_ARTICLES = 50;
/** The reader adds the account a while after the server's last crawl, and syncs again later. */
const HOURS_BEFORE_FIRST_SYNC = 2;
const MINUTES_BEFORE_INCREMENTAL = 30;
const HOUR_MS = 3_600_000;
/**
 * A pull may leave unread items to download (Fever: its id lists carry no dates, so each pull fetches a bounded
 * number of them): "first sync complete" is the syncs until nothing is left, as the app's scheduler would run them.
 */
const MAX_FIRST_SYNCS = 500;

export interface AccountsRun {
  measurements: AccountsMeasurements;
  diagnostics: Record<string, unknown>;
}

export async function measureAccounts(app: AppSide, fake: FakeProcess, size: AccountsBenchSize): Promise<AccountsRun> {
  const allocations = await startAllocationProfile(process.env.BENCH_ALLOCATION_PROFILE);
  const memory = sampleMemory(50);
  const rssBeforeMb = process.memoryUsage.rss() / 1_048_576;
  await fake.requests();
  memory.enter('first sync');
  const first = await measureFirstSync(app, fake, size);
  memory.enter('incremental');
  const incremental = await measureIncremental(app, fake, size, first.accountId);
  memory.enter('push');
  const push = await measurePush(app, fake, size, first.accountId);
  const peak = memory.peak();
  memory.stop();
  await allocations.stop();
  const kernelPeak = kernelPeakRssMb();
  return {
    measurements: {
      service: size.service,
      feeds: size.feeds,
      items: size.items,
      starred: size.starred,
      firstReadable: first.readable,
      firstSync: first.time,
      incremental: incremental.time,
      push: push.time,
      peakRssMb: Math.max(peak.rssMb, kernelPeak ?? 0),
      notes: [...push.notes, ...(size.service === 'fever' ? feverNotes(first.diagnostics.first_sync.syncs) : [])],
    },
    diagnostics: {
      ...first.diagnostics,
      ...incremental.diagnostics,
      ...push.diagnostics,
      rss_before_mb: Math.round(rssBeforeMb),
      sampled_peak: peak,
      sampled_peak_rss_mb_by_phase: memory.peaks(),
      kernel_peak_rss_mb: kernelPeak === null ? null : Math.round(kernelPeak),
    },
  };
}

/** From `accounts.add` (credentials tested, row saved) through the first sync; readable at the 50th article stored. */
async function measureFirstSync(app: AppSide, fake: FakeProcess, size: AccountsBenchSize) {
  app.clock.now = await fake.advance(HOURS_BEFORE_FIRST_SYNC * HOUR_MS);
  // Set from the onArticles callback (a holder: TypeScript does not follow assignments made in callbacks).
  const readable: { at: PhaseTime | null; rows: number; inserted: number } = { at: null, rows: 0, inserted: 0 };
  let accountId = '';
  const phase = startPhase();
  app.onArticles = (ids) => {
    readable.inserted += ids.length;
    if (readable.at || readable.inserted < READABLE_ARTICLES) return;
    readable.at = phase.lap();
    readable.rows = app.counts(accountId).articles;
  };
  accountId = (await app.accounts.add(accountInput(fake, size))).id;
  let summary = requireOk(await app.accounts.sync(accountId), 'first sync');
  let syncs = 1;
  for (; summary.unreadToDownload > 0 && syncs < MAX_FIRST_SYNCS; syncs++)
    summary = requireOk(await app.accounts.sync(accountId), 'first sync');
  const time = phase.lap();
  app.onArticles = () => undefined;
  const requests = await fake.requests();
  if (readable.at === null)
    throw new Error(`The first sync stored ${readable.inserted} articles, fewer than ${READABLE_ARTICLES}.`);
  const { articles, unread, starred } = app.counts(accountId);
  if (unread !== fake.unread || starred !== fake.starred)
    throw new Error(
      `After the first sync the library has ${unread} unread and ${starred} starred articles; the server ${fake.unread} and ${fake.starred}.`,
    );
  return {
    accountId,
    readable: readable.at,
    time,
    diagnostics: {
      readable_rows_at_stop: readable.rows,
      first_sync: { syncs, summary, requests, articles, unread, starred },
    },
  };
}

/** New items and state changes made on the server ("another device"), then one sync. */
async function measureIncremental(app: AppSide, fake: FakeProcess, size: AccountsBenchSize, accountId: string) {
  app.clock.now = await fake.advance(MINUTES_BEFORE_INCREMENTAL * 60_000);
  const remote = await fake.remoteChanges(size.newItems, size.stateChanges);
  app.clock.now = remote.nowMs;
  const phase = startPhase();
  const summary = requireOk(await app.accounts.sync(accountId), 'incremental sync');
  const time = phase.lap();
  const requests = await fake.requests();
  const stored = app.articlesByRemoteId(accountId, [...remote.newIds, ...planEntries(remote.plan)]);
  const missing = remote.newIds.filter((id) => !stored.has(id)).length;
  const seen = changesSeen(remote.plan, (id) => stored.get(id));
  if (missing > 0 || seen.seen !== seen.of)
    throw new Error(
      `After the incremental sync ${missing} of ${remote.newIds.length} new items are missing and ${seen.of - seen.seen} of ${seen.of} state changes did not arrive.`,
    );
  return {
    time,
    diagnostics: {
      incremental_sync: {
        summary,
        requests,
        server_new_items: remote.newIds.length,
        server_state_changes: planSize(remote.plan),
      },
    },
  };
}

/** The reader's own changes (untimed, as clicks are), then one sync, which must leave them on the server. */
async function measurePush(app: AppSide, fake: FakeProcess, size: AccountsBenchSize, accountId: string) {
  const plan = planStateChanges(app.articleStates(accountId), size.stateChanges);
  const clicks = startPhase();
  makeLocalChanges(app.library.db(), idsOf(plan), app.clock.now);
  const localChanges = clicks.lap();
  const queued = app.outboxSize(accountId);
  const { time, ...sync } = await timedPush(app, fake, accountId, plan);
  const notes: string[] = [];
  const diagnostics: Record<string, unknown> = {
    push_sync: {
      ...sync,
      local_state_changes: planSize(plan),
      local_changes_ms: Math.round(localChanges.ms),
      outbox_rows_after_local_changes: queued,
    },
  };
  if (queued === 0) {
    notes.push(
      `accounts_push_ms is null: the ${planSize(plan)} local changes queued nothing in the outbox (markRead and bookmarks do not queue on this branch), so the sync after them pushed nothing and its time says nothing about pushing. stderr's push_with_filled_outbox times the push path with the same changes written into the outbox directly.`,
    );
    // The sync just now gave the server's state back to those articles: the same clicks apply again.
    makeLocalChanges(app.library.db(), idsOf(plan), app.clock.now);
    fillOutbox(app.library.db(), accountId, plan, app.clock.now);
    const { time: _filled, ...filled } = await timedPush(app, fake, accountId, plan);
    diagnostics.push_with_filled_outbox = {
      ...filled,
      outbox_rows: app.outboxSize(accountId),
    };
    return { time: null, notes, diagnostics };
  }
  if (sync.seen_by_server.seen !== sync.seen_by_server.of) {
    notes.push(
      `accounts_push_ms is null: after the sync the server shows ${sync.seen_by_server.seen} of the ${sync.seen_by_server.of} local changes.`,
    );
    return { time: null, notes, diagnostics };
  }
  return { time, notes, diagnostics };
}

/** One sync, and how many of the planned changes the server and the library show after it. */
async function timedPush(app: AppSide, fake: FakeProcess, accountId: string, plan: StatePlan<StoredArticle>) {
  const outboxBefore = app.outboxSize(accountId);
  const phase = startPhase();
  const summary = requireOk(await app.accounts.sync(accountId), 'push sync');
  const time = phase.lap();
  const requests = await fake.requests();
  const remoteIds = planEntries(plan).map((article) => article.remoteId);
  const states = await fake.states(remoteIds);
  const onServer = new Map(remoteIds.map((id, n) => [id, states[n] ?? undefined]));
  const here = app.articlesByRemoteId(accountId, remoteIds);
  return {
    time,
    ms: Math.round(time.ms),
    cpu_ms: Math.round(time.cpuMs),
    summary,
    requests,
    outbox_rows_before: outboxBefore,
    seen_by_server: changesSeen(plan, (article) => onServer.get(article.remoteId)),
    kept_here: changesSeen(plan, (article) => here.get(article.remoteId)),
  };
}

function accountInput(fake: FakeProcess, size: AccountsBenchSize): AddAccountInput {
  if (size.service === 'fever') return { kind: 'fever', url: fake.apiUrl, user: fake.user, password: fake.password };
  if (size.service === 'miniflux-api')
    return { kind: 'miniflux', auth: 'token', url: fake.apiUrl, password: fake.password };
  if (size.service === 'nextcloud')
    return { kind: 'nextcloud', url: fake.apiUrl, user: fake.user, password: fake.password };
  if (size.service === 'feedbin')
    return { kind: 'feedbin', url: fake.apiUrl, user: fake.user, password: fake.password };
  return {
    kind: 'greader',
    service: size.service,
    url: fake.apiUrl,
    user: fake.user,
    password: fake.password,
    ...(fake.appCredentials ? { appId: fake.appId, appKey: fake.appKey } : {}),
  };
}

/** What Fever's figures mean, beside the Google Reader ones they are printed like. */
function feverNotes(firstSyncs: number): string[] {
  return [
    `fever: accounts_first_sync_ms is ${firstSyncs} syncs until no unread item was left to download (Fever's id lists carry no dates, so each pull fetches a bounded number of the unread items, 50 a call); its target is 60,000 ms (issue 16).`,
    'fever: accounts_push_ms is one mark=item call per changed item (Fever has no batch call); the fake answers each with the bare auth reply, where FreshRSS sends the whole unread id list back every time, so the figure is the app’s side of the push over loopback, not a real server’s.',
  ];
}

function requireOk(summary: AccountSyncSummary, what: string): AccountSyncSummary {
  if (summary.status !== 'ok') throw new Error(`The ${what} ended ${summary.status}: ${summary.error ?? 'no reason'}`);
  return summary;
}

function idsOf(plan: StatePlan<StoredArticle>): StatePlan<number> {
  return mapPlan(plan, (article) => article.id);
}
