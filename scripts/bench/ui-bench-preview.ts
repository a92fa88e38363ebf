import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const URL_LINE = /^Broadsheet preview: (http:\/\/\S+)$/;

/**
 * Starts the built preview (`dist/preview/preview.mjs`) on a free port over
 * `dataDir`, offline so the schedule fetches nothing, the way the end-to-end
 * tests do. Resolves with the URL it printed, whose token lets the benchmark's browser in.
 */
export async function startPreview(
  root: string,
  dataDir: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const entry = join(root, 'dist', 'preview', 'preview.mjs');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [entry, '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, BROADSHEET_OFFLINE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the preview printed no URL within 60 s')), 60_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.resume();
      resolve(match[1]!);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited (${code}) before printing its URL`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, pid: child.pid!, stop };
}
