import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

/**
 * Runs a child driver and SIGKILLs it when its `killAt`-th progress line
 * arrives, feeding every other line to `onLine`. Resolves once the process is
 * gone; rejects if it ended any other way (which would mean it crashed by itself).
 */
export function runUntilKilled(
  script: string,
  config: object,
  killAt: number,
  onLine: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Loading the bundled core is most of a short child's life; Node's compile cache halves it.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(dirname(script), 'compile-cache') };
    const child = spawn(process.execPath, [script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let progress = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'P') progress += 1;
        else onLine(line);
      }
      if (progress >= killAt && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      // Lines written before the kill may still sit in the pipe.
      if (buffer) for (const line of buffer.split('\n')) if (line && line !== 'P') onLine(line);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child ended by itself (code ${code}, signal ${signal}): ${stderr.slice(-2000)}`));
    });
  });
}
