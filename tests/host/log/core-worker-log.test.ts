import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreWorkerHost } from '../../../electron/host/core-worker-host';
import { writeCoreRecord } from '../../../electron/host/log/core-records';
import { logEvents } from '../../../electron/host/log/event-log';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { buildCoreWorker } from '../../support/build-worker';
import { makeTempDir } from '../../support/temp-dir';

let workerPath: string;
let log: RunningLog;
let dir: ReturnType<typeof makeTempDir>;
let core: CoreWorkerHost;

beforeAll(async () => {
  workerPath = await buildCoreWorker();
  dir = makeTempDir();
  log = startLog({ logDir: join(dir.path, 'logs'), fileName: 'broadsheet.log' });
}, 60_000);

afterAll(async () => {
  await core?.stop();
  log.stop();
  dir.cleanup();
});

describe('the real core worker', () => {
  it('sends its records to the host, which writes them into its own log file', async () => {
    core = new CoreWorkerHost({
      workerPath,
      workerData: {
        dataDir: dir.path,
        logDir: join(dir.path, 'logs'),
        appName: 'Broadsheet',
        appVersion: '0.0.0-test',
        runtime: 'preview',
        platform: process.platform,
        electronVersion: null,
        chromeVersion: null,
      },
      onEvent: logEvents(() => {}),
      onLog: writeCoreRecord,
    });
    core.start();
    const info = await core.call('app.getInfo', []);

    expect(info).toMatchObject({ ok: true, value: { logDir: join(dir.path, 'logs') } });
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/\[INF\] broadsheet\.core: Core started: Node \d+\.\d+\.\d+, SQLite \d+\.\d+/);
    expect(text).toMatch(/\[INF\] broadsheet\.host: Core ready\n/);
  });
});
