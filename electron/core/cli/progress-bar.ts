/**
 * Sync progress on stderr. On a terminal one line redraws in place; in a
 * pipe or a log file every update is its own plain line, because carriage
 * returns there turn into one unreadable line.
 */
import type { SyncProgress } from '../../api/methods/sync';

export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;

export function progressLine(progress: SyncProgress): string {
  const { done, total, newArticles, failures } = progress;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  return `[${bar}] ${done}/${total} feeds, ${newArticles} new, ${failures.length} failed`;
}

export function createProgressBar(output: ProgressOutput): { update(progress: SyncProgress): void; end(): void } {
  let drawn = false;
  return {
    update(progress) {
      const line = progressLine(progress);
      if (!output.isTTY) {
        output.write(`${line}\n`);
        return;
      }
      const width = Math.max(20, (output.columns ?? 80) - 1);
      // \x1b[K clears what a longer previous line left behind.
      output.write(`\r${line.slice(0, width)}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) output.write('\n');
      drawn = false;
    },
  };
}
