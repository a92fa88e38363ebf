import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { CoreMethodName, EventName } from '../../electron/api/contract';
import type { CoreStatus } from '../../electron/api/models';
import { CoreWorkerHost } from '../../electron/host/core-worker-host';
import type { CoreWorkerData } from '../../electron/core/worker-protocol';

const fixture = join(import.meta.dirname, 'fixtures', 'scripted-worker.mjs');
const workerData: CoreWorkerData = {
  dataDir: '/nonexistent',
  appName: 'Broadsheet',
  appVersion: '0.0.0-test',
  runtime: 'preview',
  platform: 'linux',
  electronVersion: null,
  chromeVersion: null,
};
// The fixture ignores the method name and acts on its first argument.
const method = 'app.getInfo' as CoreMethodName;

let hosts: CoreWorkerHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  hosts = [];
});

function startHost(extra: Partial<CoreWorkerData & { failStart: boolean }> = {}, maxRestarts = 5) {
  const events: { event: EventName; payload: unknown }[] = [];
  const statuses: CoreStatus[] = [];
  const host = new CoreWorkerHost({
    workerPath: fixture,
    workerData: { ...workerData, ...extra },
    maxRestarts,
    onEvent: (event, payload) => {
      events.push({ event, payload });
      if (event === 'core.status') statuses.push(payload as CoreStatus);
    },
  });
  hosts.push(host);
  host.start();
  const waitForStatus = (state: CoreStatus['state'], count = 1) =>
    new Promise<void>((resolve) => {
      const check = () => (statuses.filter((s) => s.state === state).length >= count ? resolve() : setImmediate(check));
      check();
    });
  return { host, events, statuses, waitForStatus };
}

describe('CoreWorkerHost', () => {
  test('answers calls made before the worker is ready, once it is', async () => {
    const { host, statuses } = startHost();
    const result = await host.call(method, ['echo', 42]);
    expect(result).toEqual({ ok: true, value: 42 });
    expect(statuses.at(-1)).toEqual({ state: 'ready' });
  });

  test('starts the core with its young generation capped (memory during a refresh)', async () => {
    const { host } = startHost();
    const result = await host.call(method, ['limits']);
    expect(result).toMatchObject({ ok: true, value: { maxYoungGenerationSizeMb: 8 } });
  });

  test('forwards events from the worker', async () => {
    const { host, events } = startHost();
    const done = host.call(method, ['emit', { hello: 'world' }]);
    await host.call(method, ['echo', 1]);
    expect(events).toContainEqual({ event: 'app.notice', payload: { hello: 'world' } });
    void done;
  });

  test('fails pending calls with a clear error when the worker dies, then restarts it', async () => {
    const { host, statuses, waitForStatus } = startHost();
    await host.call(method, ['echo', 'warm-up']);
    const hanging = host.call(method, ['hang']);
    const crashing = host.call(method, ['exit', 7]);

    const [hangResult, crashResult] = await Promise.all([hanging, crashing]);
    for (const result of [hangResult, crashResult]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('CORE_UNAVAILABLE');
        expect(result.error.message).toMatch(/stopped unexpectedly \(exit code 7\).*restarting/);
      }
    }
    expect(statuses.map((s) => s.state)).toContain('restarting');

    await waitForStatus('ready', 2);
    expect(await host.call(method, ['echo', 'after restart'])).toEqual({ ok: true, value: 'after restart' });
  });

  test('reports an uncaught error in the worker by its message', async () => {
    const { host } = startHost();
    const result = await host.call(method, ['throw', 'database is on fire']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('database is on fire');
  });

  test('gives up on a worker that keeps dying and fails every call with the reason', async () => {
    const { host, statuses, waitForStatus } = startHost({ failStart: true } as never, 2);
    const queued = host.call(method, ['echo', 'never']);
    await waitForStatus('failed');
    const result = await queued;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CORE_UNAVAILABLE');
      expect(result.error.message).toContain('cannot open the library');
    }
    expect(statuses.filter((s) => s.state === 'restarting')).toHaveLength(2);
    const later = await host.call(method, ['echo', 'still never']);
    expect(later.ok).toBe(false);
  });

  test('after stop, calls fail instead of hanging', async () => {
    const { host } = startHost();
    await host.call(method, ['echo', 1]);
    const hanging = host.call(method, ['hang']);
    await host.stop();
    const result = await hanging;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/shutting down/);
  });
});
