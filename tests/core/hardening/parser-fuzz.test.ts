import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from './parser-fuzz-mutations';
import { bundleFuzzWorker, runJobs, type JobResult } from './parser-fuzz-pool';
import { CORPUS_DIR, corpusSeeds, localSeeds } from './parser-fuzz-seeds';
import type { FuzzJob } from './parser-fuzz-worker';

/**
 * Issue 7, item 7: mutated feed documents (byte flips, truncation, tag
 * duplication, deep nesting, entities, encoding swaps, huge and many
 * attributes) through the real parse + normalize path, two worker threads at
 * a time. A document may only end as a feed or a typed parse error; one that
 * costs over 1 s of its thread's CPU (wall time on a shared 2-core machine
 * says little) is run again alone and fails if it still does; one that never
 * answers is a hang and is killed; a worker's heap is capped.
 */
const DOCUMENTS = Number(process.env.PARSER_FUZZ_DOCS ?? 12_000);
const SEED = 0x5eed_f00d;
const SLOW_MS = 1_000;
const HANG_MS = 20_000;
const MAX_HEAP_MB = 768;

const corpus = corpusSeeds();
if (!corpus) console.warn(`parser fuzz: no conformance corpus at ${CORPUS_DIR}; fuzzing the local seeds only`);
const seeds = [...(corpus ?? []), ...localSeeds()];

let worker: Awaited<ReturnType<typeof bundleFuzzWorker>>;
let results: JobResult[] = [];
let confirmedSlow: JobResult[] = [];

beforeAll(async () => {
  worker = await bundleFuzzWorker();
});

afterAll(() => {
  worker?.dispose();
  const crashes = results.filter((result) => result.outcome === 'crash').length;
  const hangs = results.filter((result) => result.outcome === 'hang').length + confirmedSlow.length;
  const maxMs = Math.max(0, ...results.map((result) => result.cpuMs));
  const maxWall = Math.max(0, ...results.filter((result) => result.outcome !== 'hang').map((result) => result.ms));
  const maxHeap = Math.max(0, ...results.map((result) => result.heapMb));
  console.log(
    `parser fuzz: ${results.length} documents from ${seeds.length} seeds, ${crashes} crashes, ${hangs} hangs, max ${Math.round(maxMs)} ms CPU (${Math.round(maxWall)} ms wall), max worker heap ${Math.round(maxHeap)} MB`,
  );
});

function jobs(): FuzzJob[] {
  const random = prng(SEED);
  return Array.from({ length: DOCUMENTS }, (_, index) => ({
    index,
    doc: Math.floor(random() * seeds.length),
    seed: SEED + index,
  }));
}

const describeResult = (result: JobResult, all: FuzzJob[]) =>
  `document ${result.index} (seed doc ${all[result.index]!.doc}, mutation seed ${all[result.index]!.seed}, ${result.label || 'unknown mutation'}): ${result.outcome} in ${Math.round(result.cpuMs)} ms CPU${'detail' in result && result.detail ? ` — ${result.detail}` : ''}`;

describe('parser fuzzing', () => {
  it(
    `parses ${DOCUMENTS.toLocaleString('en')} mutated documents without a crash, a hang or a memory blow-up`,
    { timeout: 600_000 },
    async () => {
      const all = jobs();
      results = await runJobs(worker.file, all, { corpus: seeds, workers: 2, hangMs: HANG_MS, maxHeapMb: MAX_HEAP_MB });
      expect(results).toHaveLength(DOCUMENTS);

      // Slow under load is not slow: time each slow document again, alone.
      const slow = results.filter((result) => result.cpuMs > SLOW_MS);
      const again = await runJobs(
        worker.file,
        slow.map((result) => all[result.index]!),
        { corpus: seeds, workers: 1, hangMs: HANG_MS, maxHeapMb: MAX_HEAP_MB },
      );
      confirmedSlow = again.filter((result) => result.cpuMs > SLOW_MS || result.outcome === 'hang');

      const outcomes = new Map<string, number>();
      for (const result of results) outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
      console.log(
        `parser fuzz outcomes: ${[...outcomes].map(([outcome, count]) => `${outcome} ${count}`).join(', ')}; ${Math.round(results.reduce((sum, result) => sum + result.cpuMs, 0) / 1000)} s CPU in all; ${slow.length} over ${SLOW_MS} ms`,
      );

      expect(
        results.filter((result) => result.outcome === 'crash').map((result) => describeResult(result, all)),
      ).toEqual([]);
      expect(
        results.filter((result) => result.outcome === 'hang').map((result) => describeResult(result, all)),
      ).toEqual([]);
      expect(confirmedSlow.map((result) => describeResult(result, all))).toEqual([]);
      // Every document ended as a feed or as one of the parser's typed errors.
      expect(
        [...outcomes.keys()].filter(
          (outcome) => !['ok', 'empty', 'html', 'not-a-feed', 'invalid-json', 'unreadable'].includes(outcome),
        ),
      ).toEqual([]);
    },
  );
});
