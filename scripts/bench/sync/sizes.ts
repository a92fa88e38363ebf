/**
 * `BENCH_SIZES=50,200,1000`: the library sizes (feeds) one `npm run bench -- sync` measures, each in a
 * process of its own. A size may repeat (`200,200`) for alternating A/B runs.
 */
export type SizesOutcome = { ok: true; sizes: number[] } | { ok: false; message: string };

/** Beyond this the feed servers' documents alone would not fit in memory on a laptop. */
export const MAX_FEEDS = 100_000;

export function parseSizes(text: string): SizesOutcome {
  const parts = text.split(',').map((part) => part.trim());
  const sizes: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, message: `BENCH_SIZES: "${part}" is not a number of feeds` };
    const size = Number(part);
    if (size < 1 || size > MAX_FEEDS)
      return { ok: false, message: `BENCH_SIZES: ${size} feeds is outside 1-${MAX_FEEDS.toLocaleString('en')}` };
    sizes.push(size);
  }
  return { ok: true, sizes };
}
