/**
 * Runs the sync child (sync-kill-child.ts, bundled) to its end: killed where its config says, or done with its
 * sync's summary. Anything else (an error it printed, an exit of its own) rejects with what it wrote.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { AccountSyncSummary } from '../../../../electron/core/accounts/account-service';
import type { SyncChildConfig } from './sync-kill-child';

export type ChildEnd = { killed: true } | { killed: false; summary: AccountSyncSummary & { requests: number } };

export function runSyncChild(script: string, config: SyncChildConfig): Promise<ChildEnd> {
  return new Promise((resolve, reject) => {
    // Loading the bundled core is most of a short child's life; Node's compile cache halves it.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(dirname(script), 'compile-cache') };
    const child = spawn(process.execPath, [script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let answers = 0;
    let buffer = '';
    let stderr = '';
    let summary: (AccountSyncSummary & { requests: number }) | null = null;
    const lines: string[] = [];
    const line = (text: string) => {
      if (text === 'P') {
        answers += 1;
        if (config.moment === 'parent' && answers === config.at) child.kill('SIGKILL');
      } else if (text.startsWith('DONE '))
        summary = JSON.parse(text.slice(5)) as AccountSyncSummary & { requests: number };
      else if (text !== '') lines.push(text);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      parts.forEach(line);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      line(buffer);
      if (signal === 'SIGKILL') resolve({ killed: true });
      else if (code === 0 && summary !== null) resolve({ killed: false, summary });
      else
        reject(
          new Error(`The sync child ended by itself (code ${code}, signal ${signal}): ${lines.join('\n')}\n${stderr}`),
        );
    });
  });
}
