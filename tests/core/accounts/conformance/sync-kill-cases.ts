/**
 * SIGKILL during a sync, for any conformance target: a child process (sync-kill-child.ts, bundled) syncs the
 * account on a data folder and is killed at a seeded point counted in requests, round after round, the first sync
 * included; between rounds the reader changes read and bookmark states here (queued in the outbox) and another
 * device changes other items and adds new ones. After every kill the store must be sound (integrity, one article
 * per remote id, per-feed counts equal to a recount) and no change the reader made may be lost or reverted: each
 * still shows here, and is on the server or waiting in the outbox. Then a clean process syncs to completion: every
 * change is on the server, both sides agree, the outbox is empty, every item added on the server after a sync had
 * completed is here, read ones too (a delta cursor never moved past an item it had not stored); and a rerun has
 * nothing left to do. A second case kills the sync just after each of the first requests was answered, then syncs
 * again: what the server had applied is sent again and must stay applied (a toggling star call sent twice would
 * take the star back).
 *
 * The reader's changes and the other device's touch different feeds, so where each item must end is known
 * without a model (the convergence property covers changes on both sides to the same item). Replay a failure
 * with its seed: BROADSHEET_KILL_SEED.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from '../../hardening/support/build-child';
import { makeTempDir } from '../../../support/temp-dir';
import { skipped, type ConformanceTarget } from './remote-side';
import { KillRun } from './sync-kill-run';

/** A push of one read and one star change makes at most this many requests on any protocol so far (Fever: 3). */
const REPLAY_UP_TO = 6;

export interface SyncKillOptions {
  rounds: number;
  timeoutMs: number;
}

export function syncKillSuite(target: ConformanceTarget, options: SyncKillOptions): void {
  const suite = target.unavailable === null ? describe : describe.skip;
  suite(`SIGKILL during an account sync: ${target.name}${skipped(target)}`, () => {
    let child: { script: string; dir: string } | undefined;
    beforeAll(async () => {
      child = await buildChild('sync-kill-child', import.meta.dirname);
    }, 60_000);
    afterAll(() => {
      if (child) rmSync(child.dir, { recursive: true, force: true });
    });

    it(
      `no change is lost, no article doubled, and a rerun converges, through ${options.rounds} killed syncs`,
      { timeout: options.timeoutMs },
      async () => {
        const seed = Number(process.env.BROADSHEET_KILL_SEED ?? 20_260_515);
        const remote = await target.start({ served: true });
        const data = makeTempDir('broadsheet-sync-kill-');
        try {
          const run = await KillRun.start(remote, data.path, child!.script, seed);
          for (let round = 0; round < options.rounds; round++) await run.round(round);
          await run.finish();
          console.log(`sync kills on ${target.name} (seed ${seed}): ${JSON.stringify(run.tally)}`);
        } finally {
          await remote.close();
          data.cleanup();
        }
      },
    );

    it(
      `a change the server applied just before the kill, sent again, is not undone (killed after requests 1 to ${REPLAY_UP_TO})`,
      { timeout: options.timeoutMs },
      async () => {
        const remote = await target.start({ served: true });
        const data = makeTempDir('broadsheet-sync-kill-');
        try {
          const run = await KillRun.start(remote, data.path, child!.script, 2);
          await run.round(0, { at: 0, moment: 'before-send' });
          for (let at = 1; at <= REPLAY_UP_TO; at++) await run.replayRound(at);
          await run.finish();
          console.log(`sent again after a kill on ${target.name}: ${JSON.stringify(run.tally)}`);
        } finally {
          await remote.close();
          data.cleanup();
        }
      },
    );

    // The `syncing` a killed sync stored is read as the status before it (account-service.ts, `shownStatus`).
    it('after a kill, the account does not say a sync is still running', async () => {
      const remote = await target.start({ served: true });
      const data = makeTempDir('broadsheet-sync-kill-');
      try {
        const run = await KillRun.start(remote, data.path, child!.script, 1);
        await run.round(0, { at: 2, moment: 'after-answer' });
        expect(run.status()).not.toBe('syncing');
      } finally {
        await remote.close();
        data.cleanup();
      }
    });
  });
}
