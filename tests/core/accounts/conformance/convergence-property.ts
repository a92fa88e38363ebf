/**
 * The convergence property of the conformance suite, for any target: random interleavings of changes made here
 * and on another device, syncs (some with a change made while they run) and the server going away and coming
 * back, checked after every step against the rules' model (convergence-model.ts); then, with the server up, a
 * sync and one more, after which both sides hold the same read and starred state for every item, nothing waits
 * in the outbox, no article is stored twice and the second sync changed nothing. A fixed seed by default
 * (`BROADSHEET_PROPERTY_SEED=random` for new ones); fast-check prints the seed and the shrunk steps of a failure:
 * replay one with BROADSHEET_PROPERTY_SEED (and _PATH), or run more with BROADSHEET_PROPERTY_RUNS.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { HttpTransport } from '../../../../electron/core/net/http-transport';
import type { RuleTally, Step } from './convergence-model';
import { Scenario } from './convergence-scenario';
import { stepsArbitrary } from './convergence-steps';
import { openLocalSide } from './local-side';
import { skipped, type ConformanceTarget } from './remote-side';

export interface ConvergenceOptions {
  runs: number;
  timeoutMs: number;
}

export function convergenceProperty(target: ConformanceTarget, options: ConvergenceOptions): void {
  const suite = target.unavailable === null ? describe : describe.skip;
  const runs = Number(process.env.BROADSHEET_PROPERTY_RUNS ?? options.runs);
  suite(`account sync convergence: ${target.name}${skipped(target)}`, () => {
    it(
      `random interleavings of changes on both sides, syncs and outages converge (${runs} runs)`,
      { timeout: options.timeoutMs },
      async () => {
        const tally: RuleTally = {};
        await fc.assert(
          fc.asyncProperty(stepsArbitrary, (steps) => runScenario(target, steps, tally)),
          parameters(runs),
        );
        console.log(`convergence on ${target.name}, ${runs} runs, rules applied: ${JSON.stringify(tally)}`);
      },
    );
  });
}

/** Interleavings a random run once found wrong, replayed as they are on every run (named by what they check). */
export function convergenceCases(
  target: ConformanceTarget,
  cases: Record<string, readonly Step[]>,
  options: { timeoutMs: number },
): void {
  const suite = target.unavailable === null ? describe : describe.skip;
  suite(`account sync convergence, found cases: ${target.name}${skipped(target)}`, () => {
    for (const [name, steps] of Object.entries(cases))
      it(name, { timeout: options.timeoutMs }, () => runScenario(target, steps, {}));
  });
}

/**
 * `npm test` runs a fixed seed, so a run fails or passes the same way every time (a test that fails once in twenty
 * runs blocks everyone); `BROADSHEET_PROPERTY_SEED=random` explores new interleavings, and a seed it prints
 * replays one.
 */
const DEFAULT_SEED = 20261207;

function parameters(runs: number): fc.Parameters<[Step[]]> {
  const given = process.env.BROADSHEET_PROPERTY_SEED;
  const path = process.env.BROADSHEET_PROPERTY_PATH;
  const seed = given === 'random' ? {} : { seed: given ? Number(given) : DEFAULT_SEED };
  return { numRuns: runs, ...seed, ...(path ? { path } : {}) };
}

async function runScenario(target: ConformanceTarget, steps: readonly Step[], tally: RuleTally): Promise<void> {
  const remote = await target.start();
  // The app's requests pass here first, so a change can be made while a sync is on its way.
  let onRequest: (() => void) | null = null;
  const transport: HttpTransport = async (request) => {
    onRequest?.();
    return remote.transport(request);
  };
  const local = openLocalSide(transport, () => remote.now());
  try {
    const run = await Scenario.start(remote, local, tally, (hook) => (onRequest = hook));
    for (const [index, step] of steps.entries()) {
      await run.step(step);
      await run.check(`after step ${index + 1} (${JSON.stringify(step)})`);
    }
    await run.converge();
  } finally {
    await local.accounts.idle();
    local.close();
    await remote.close();
  }
}
