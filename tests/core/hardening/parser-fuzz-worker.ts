import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { normalizeFeed } from '../../../electron/core/feeds/normalize';
import { parseFeed } from '../../../electron/core/feeds/parse-feed';
import { mutate } from './parser-fuzz-mutations';

/**
 * One parser-fuzz worker (bundled by the test with esbuild): it holds the
 * seed corpus, builds each mutated document from (doc, seed), runs it
 * through the real parse + normalize path and reports how it ended. Running
 * here lets the test kill a document that hangs without stalling the suite.
 */
export interface FuzzJob {
  index: number;
  doc: number;
  seed: number;
}

export interface FuzzReport {
  index: number;
  label: string;
  /** Wall time, which includes waiting for a loaded machine. */
  ms: number;
  /** This thread's CPU time: what the document itself cost. */
  cpuMs: number;
  /** 'ok', a FeedParseError kind, or 'crash'. */
  outcome: string;
  /** For crashes: the error, which a typed parse error never is. */
  detail?: string;
  heapMb: number;
  bytes: number;
}

const corpus = (workerData as { corpus: Uint8Array[] }).corpus;
const port = parentPort!;

port.on('message', (job: FuzzJob) => {
  const { bytes, contentType, label } = mutate(corpus[job.doc]!, job.seed);
  const started = performance.now();
  const cpuStart = process.threadCpuUsage();
  let outcome: string;
  let detail: string | undefined;
  try {
    const parsed = parseFeed(bytes, { contentType, url: 'https://fuzz.example/feed' });
    const internal = parsed.warnings.find((warning) => warning.startsWith('internal error'));
    if (internal) {
      // parseFeed's last-resort catch turned a bug into "unreadable": count it as the crash it is.
      outcome = 'crash';
      detail = internal;
    } else if (parsed.ok) {
      normalizeFeed(parsed, { feedUrl: 'https://fuzz.example/feed', firstSeenAt: Date.now() });
      outcome = 'ok';
    } else {
      outcome = parsed.kind;
    }
  } catch (error) {
    outcome = 'crash';
    detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const ms = performance.now() - started;
  const cpu = process.threadCpuUsage(cpuStart);
  const report: FuzzReport = {
    index: job.index,
    label,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    outcome,
    heapMb: getHeapStatistics().used_heap_size / 1048576,
    bytes: bytes.length,
  };
  if (detail !== undefined) report.detail = detail;
  port.postMessage(report);
});
