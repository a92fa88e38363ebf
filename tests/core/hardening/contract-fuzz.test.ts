import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, methods, type MethodName } from '../../../electron/api/contract';
import { isApiErrorData } from '../../../electron/api/errors';
import { hostileArgs, plausibleValue } from './contract-fuzz-arbitraries';
import { startFuzzApp, type FuzzApp } from './contract-fuzz-app';
import { storeFingerprint } from './contract-fuzz-fingerprint';

/**
 * Issue 7, item 6: every contract method (iterated from `methods`, so methods
 * added later are covered without touching this file) called with generated
 * invalid arguments through the router and the core call path. Each call must
 * end in a typed ApiError (never INTERNAL, never a throw), and after each
 * method's calls the store, the settings and Object.prototype are unchanged.
 */
const RUNS_PER_METHOD = Number(process.env.CONTRACT_FUZZ_RUNS ?? 400);
const SEED = 20261128;

let app: FuzzApp;
let calls = 0;
let validCalls = 0;

/**
 * Methods that also get *valid* junk (ids of nothing, odd queries): they only
 * touch the temporary library, never the network or files outside it, so the
 * only rule is a typed outcome. Methods added later still get the invalid phase.
 */
const LOCAL_ONLY =
  /^(sections\.|feeds\.(list|get|add|update|move|remove)$|articles\.(list|frontPage|get|counts|markRead)$|search\.|bookmarks\.|library\.(status|runRetention|offerDefaults)$|app\.|settings\.|links\.|opml\.export$)/;
const failures: string[] = [];

beforeAll(async () => {
  app = await startFuzzApp();
}, 60_000);

afterAll(async () => {
  await app?.dispose();
  console.log(
    `contract fuzz: ${methodNames.length} methods, ${calls + validCalls} calls (${calls} invalid, ${validCalls} valid junk to ${methodNames.filter((n) => LOCAL_ONLY.test(n)).length} local methods), ${failures.length} failures`,
  );
});

function arity(name: MethodName): number {
  const items = (methods[name].args as unknown as { def: { items: unknown[] } }).def.items;
  return items.length;
}

function describeArgs(args: unknown): string {
  try {
    return fc.stringify(args).slice(0, 300);
  } catch {
    return '(unprintable)';
  }
}

describe('contract fuzzing', () => {
  it('iterates a contract of several method groups', () => {
    expect(methodNames.length).toBeGreaterThan(30);
  });

  it.each(methodNames)('%s: invalid arguments get typed errors and change nothing', async (name) => {
    const db = app.core.library.db();
    const before = { store: storeFingerprint(db), settings: JSON.stringify(app.settings.get()) };
    await fc.assert(
      fc.asyncProperty(hostileArgs(arity(name)), async (args) => {
        // Valid by chance (e.g. [] for a method without arguments): the second phase covers those.
        if (methods[name].args.safeParse(args).success) return;
        calls++;
        let envelope;
        try {
          envelope = await app.router.dispatch(name, args);
        } catch (error) {
          failures.push(`${name}: threw ${String(error)} for ${describeArgs(args)}`);
          return;
        }
        const problem = envelope.ok
          ? 'succeeded'
          : !isApiErrorData(envelope.error)
            ? `untyped error ${JSON.stringify(envelope.error).slice(0, 200)}`
            : envelope.error.code !== 'INVALID_ARGUMENTS'
              ? `${envelope.error.code}: ${envelope.error.message.slice(0, 200)}`
              : JSON.stringify(envelope.error).length > 20_000
                ? `an error of ${JSON.stringify(envelope.error).length} characters echoed back`
                : null;
        if (problem) failures.push(`${name}: ${problem} for ${describeArgs(args)}`);
      }),
      { numRuns: RUNS_PER_METHOD, seed: SEED, endOnFailure: true },
    );
    const after = { store: storeFingerprint(db), settings: JSON.stringify(app.settings.get()) };
    expect(after).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(failures.filter((failure) => failure.startsWith(`${name}:`))).toEqual([]);
  });

  it.each(methodNames.filter((name) => LOCAL_ONLY.test(name)))(
    '%s: valid junk gets a result or a typed error, never INTERNAL',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(fc.array(plausibleValue, { minLength: arity(name), maxLength: arity(name) }), async (args) => {
          if (!methods[name].args.safeParse(args).success) return;
          validCalls++;
          try {
            const envelope = await app.router.dispatch(name, args);
            if (!envelope.ok && (!isApiErrorData(envelope.error) || envelope.error.code === 'INTERNAL')) {
              failures.push(`${name}: ${JSON.stringify(envelope.error).slice(0, 300)} for ${describeArgs(args)}`);
            }
          } catch (error) {
            failures.push(`${name}: threw ${String(error)} for ${describeArgs(args)}`);
          }
        }),
        { numRuns: RUNS_PER_METHOD, seed: SEED },
      );
      expect(app.core.library.db().prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(failures.filter((failure) => failure.startsWith(`${name}:`))).toEqual([]);
    },
  );
});
