/**
 * Entry point of the core worker thread: receives calls from the host, runs
 * them on the core service and posts back results and events. Arguments are
 * validated again here so the core never trusts its host blindly.
 *
 * The sync engine's reading thread (parsing and normalising fetched feeds next
 * to the core) is a bundle of its own beside this one: `feed-reader.mjs`, from
 * `feed-reader-worker.ts`.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { coreCallSpec, type CoreCallName, type EventEmitter } from '../api/contract';
import { ApiError } from '../api/errors';
import { failure, success } from '../api/envelope';
import { withStorageErrors } from './db/storage-error';
import { coreLog } from './log/core-log';
import { forwardLogToHost } from './log/forward-log';
import { logFailedCall } from './log/log-failed-call';
import { createCoreService } from './service';
import { DEFAULT_SUBSCRIPTIONS_OPML } from './sync/default-subscriptions';
import { createThreadFeedReader } from './sync/reading/feed-reader-thread';
import type { CoreWorkerData, HostToWorker, WorkerToHost } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('core worker must run in a worker thread');

runCore(port, workerData as CoreWorkerData);

function runCore(port: MessagePort, data: CoreWorkerData): void {
  const post = (message: WorkerToHost) => port.postMessage(message);
  const emit: EventEmitter = (event, payload) => post({ type: 'event', event, payload });
  forwardLogToHost(post);

  const reader = createThreadFeedReader({ script: new URL('./feed-reader.mjs', import.meta.url) });
  const service = createCoreService({
    ...data,
    emit,
    defaultSubscriptions: DEFAULT_SUBSCRIPTIONS_OPML,
    sync: { engine: { reader } },
  });

  port.on('message', async (message: HostToWorker) => {
    if (message.type !== 'call') return;
    try {
      const spec = coreCallSpec(message.method);
      if (!spec) throw new ApiError('UNKNOWN_METHOD', `The core has no method "${message.method}".`);
      const parsed = spec.args.safeParse(message.args);
      if (!parsed.success) throw new ApiError('INVALID_ARGUMENTS', `Invalid arguments for ${message.method}.`);
      const handler = service.handlers[message.method as CoreCallName] as (...args: unknown[]) => unknown;
      const value = await handler(...(parsed.data as unknown[]));
      post({ type: 'result', id: message.id, envelope: success(value) });
    } catch (error) {
      logFailedCall(message.method, error);
      // A full disk or read-only folder becomes a STORAGE error the reader can act on.
      post({ type: 'result', id: message.id, envelope: failure(withStorageErrors(error)) });
    }
  });

  coreLog.info('Core started: Node {node}, SQLite {sqlite}', {
    node: process.versions.node,
    sqlite: process.versions.sqlite ?? 'unknown',
  });
  post({ type: 'ready' });
}
