/**
 * Sync progress on stderr: the feeds' bar, then a line per account. On a terminal the current line redraws in
 * place (the bar as it fills, an account while it syncs) and each account's outcome stays; in a pipe or a log
 * file every update is its own plain line, because carriage returns there turn into one unreadable line.
 */
import type { SyncProgress } from '../../api/methods/sync';

export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressBar {
  update(progress: SyncProgress): void;
  /** Shows what is happening now; the next update or line replaces it on a terminal. */
  status(text: string): void;
  /** A line that stays (an account's outcome). */
  line(text: string): void;
  end(): void;
}

const BAR_WIDTH = 24;

export function progressLine(progress: SyncProgress): string {
  const { done, total, newArticles, failures } = progress;
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
  return `[${bar}] ${done}/${total} feeds, ${newArticles} new, ${failures.length} failed`;
}

export function createProgressBar(output: ProgressOutput): ProgressBar {
  // What the terminal's current line shows: the bar (kept when a line follows) or a status (replaced by it).
  let drawn: 'bar' | 'status' | null = null;
  const draw = (text: string, kind: 'bar' | 'status') => {
    if (!output.isTTY) {
      output.write(`${text}\n`);
      return;
    }
    if (drawn === 'bar' && kind === 'status') output.write('\n');
    const width = Math.max(20, (output.columns ?? 80) - 1);
    // \x1b[K clears what a longer previous line left behind.
    output.write(`\r${text.slice(0, width)}\x1b[K`);
    drawn = kind;
  };
  const end = () => {
    if (drawn) output.write('\n');
    drawn = null;
  };
  return {
    update: (progress) => draw(progressLine(progress), 'bar'),
    status: (text) => draw(text, 'status'),
    line(text) {
      if (!output.isTTY) return output.write(`${text}\n`);
      if (drawn === 'bar') end();
      // The whole line stays, however wide: it replaces the status drawn before it.
      output.write(`\r${text}\x1b[K\n`);
      drawn = null;
    },
    end,
  };
}
