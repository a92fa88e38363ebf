/**
 * The feed servers run in a child process so that serving 1,000 feeds never
 * shares an event loop (or a heap) with the process being measured. The
 * child is this same bundle started with BENCH_SYNC_ROLE=server; the two
 * talk over the fork IPC channel.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { startFeedServers, type FeedServerOptions, type Publication, type ServerStats } from './feed-server';

export const SERVER_ROLE = 'server';

type Request =
  { type: 'stats' } | { type: 'reset-stats' } | { type: 'publish'; publication: Publication } | { type: 'close' };
type Reply =
  | { type: 'ready'; urls: string[]; revised: number[]; bytes: number; gzipBytes: number; generateMs: number }
  | { type: 'stats'; stats: ServerStats }
  | { type: 'ack' };

export interface FeedServerProcess {
  urls: string[];
  revised: number[];
  bytes: number;
  gzipBytes: number;
  generateMs: number;
  stats(): Promise<ServerStats>;
  resetStats(): Promise<void>;
  publish(publication: Publication): Promise<void>;
  close(): Promise<void>;
}

/** Child side: start the servers, report the URLs, answer the parent until it closes. */
export async function runFeedServerChild(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_SYNC_SERVER ?? '{}') as FeedServerOptions;
  const started = performance.now();
  const served = await startFeedServers(options);
  const send = (reply: Reply) => process.send?.(reply);
  send({
    type: 'ready',
    urls: served.urls,
    revised: served.revised,
    bytes: served.bytes,
    gzipBytes: served.gzipBytes,
    generateMs: performance.now() - started,
  });
  process.on('message', (request: Request) => {
    if (request.type === 'stats') send({ type: 'stats', stats: served.stats() });
    else if (request.type === 'reset-stats') {
      served.resetStats();
      send({ type: 'ack' });
    } else if (request.type === 'publish') {
      served.publish(request.publication);
      send({ type: 'ack' });
    } else void served.close().then(() => process.exit(0));
  });
  // The parent died without closing: do not linger.
  process.on('disconnect', () => process.exit(0));
}

/** Parent side: fork `bundle` as the server and wait until it serves. */
export function forkFeedServer(bundle: string, options: FeedServerOptions): Promise<FeedServerProcess> {
  const child = fork(bundle, [], {
    env: { ...process.env, BENCH_SYNC_ROLE: SERVER_ROLE, BENCH_SYNC_SERVER: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends Reply['type']>(type: T) =>
    new Promise<Extract<Reply, { type: T }>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`feed server exited (${code})`));
      child.once('exit', onExit);
      const onMessage = (reply: Reply) => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<Reply, { type: T }>);
      };
      child.on('message', onMessage);
    });
  return next('ready').then((ready) => ({
    urls: ready.urls,
    revised: ready.revised,
    bytes: ready.bytes,
    gzipBytes: ready.gzipBytes,
    generateMs: ready.generateMs,
    stats: () => ask(child, { type: 'stats' }, next('stats')).then((reply) => reply.stats),
    resetStats: () => ask(child, { type: 'reset-stats' }, next('ack')).then(() => undefined),
    publish: (publication) => ask(child, { type: 'publish', publication }, next('ack')).then(() => undefined),
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
