import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { buildChild } from './support/build-child';
import { startKillNetwork, type KillNetwork } from './support/kill-servers';
import { Ledger } from './support/kill-ledger';
import { seeded } from './support/core-child';
import { runUntilKilled } from './support/run-until-killed';
import { checkAfterKill, servableFiles } from './support/store-check';
import { imagesDir } from '../../../electron/core/images/cache-paths';

/**
 * Crash and kill: a real OS process runs the real core (refresh against a
 * local feed server, the offline-image pass, retention, bookmarks with notes
 * and tags, read state) and is SIGKILLed at a seeded random moment, counted
 * in its progress lines. After every kill the store is reopened here and
 * checked as a reader would (see support/store-check.ts). The same data folder
 * lives on from kill to kill, so damage would accumulate and show.
 */
const KILLS = Number(process.env.BROADSHEET_KILLS ?? 100);
const FEEDS = 4;
const LANES = 2;

let child: { script: string; dir: string };
let network: KillNetwork;
const data = makeTempDir('broadsheet-kill-');
const tally = { kills: 0, failures: 0, acknowledged: 0, errors: 0, images: 0 };

beforeAll(async () => {
  child = await buildChild('kill-child');
  network = await startKillNetwork();
}, 60_000);

afterAll(async () => {
  await network?.close();
  if (child) rmSync(child.dir, { recursive: true, force: true });
  data.cleanup();
  console.log(
    `crash suite: ${tally.kills} kills, ${tally.failures} failures ` +
      `(${tally.acknowledged} acknowledged changes checked, ${tally.images} cached images verified, ${tally.errors} operation errors)`,
  );
});

describe('crash and kill', () => {
  it(
    `keeps the store sound and every acknowledged change through ${KILLS} SIGKILLs`,
    { timeout: 900_000 },
    async () => {
      const errors: string[] = [];
      // Two lanes, each its own data folder and feeds, share the kills so both cores work.
      const lanes = await Promise.all(
        Array.from({ length: LANES }, (_, lane) => runLane(lane, Math.ceil((KILLS - lane) / LANES), errors)),
      );
      tally.errors = errors.length;
      expect(errors).toEqual([]);
      for (const lane of lanes) {
        // The kills landed in real work: bookmarks, read states and images all happened.
        const floor = Math.floor(KILLS / 20);
        expect(lane.ledger.bookmarks.size).toBeGreaterThan(floor);
        expect(lane.ledger.reads.size).toBeGreaterThan(floor);
        expect(lane.images).toBeGreaterThan(floor);
      }
    },
  );
});

async function runLane(lane: number, kills: number, errors: string[]): Promise<{ ledger: Ledger; images: number }> {
  const ledger = new Ledger();
  const random = seeded(20_261_128 + lane);
  const dataDir = join(data.path, `lane-${lane}`);
  const config = { dataDir, feedUrls: Array.from({ length: FEEDS }, (_, i) => network.feedUrl(lane * 100 + i)) };
  for (let kill = 0; kill < kills; kill += 1) {
    const killAt = 1 + Math.floor(random() * 20);
    const seed = lane * 1000 + kill + 1;
    await runUntilKilled(child.script, { ...config, seed }, killAt, (line) => {
      if (line.startsWith('E ')) errors.push(`lane ${lane} kill ${kill}: ${line.slice(2)}`);
      else ledger.line(line);
    });
    tally.kills += 1;
    const failures = checkAfterKill(dataDir, ledger);
    tally.failures += failures.length;
    expect(failures, `lane ${lane}, after kill ${kill} (seed ${seed}, progress line ${killAt})`).toEqual([]);
  }
  const images = servableFiles(imagesDir(dataDir)).length;
  tally.acknowledged += ledger.acknowledged;
  tally.images += images;
  return { ledger, images };
}
