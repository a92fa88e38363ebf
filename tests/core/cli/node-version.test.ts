import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../../electron/core/cli/node-version';
import { buildCli } from './support/build-cli';

/**
 * The built CLI on a Node without `node:sqlite` says in one line which Node
 * it needs and exits 1, instead of dying with a stack trace.
 */
describe('the Node version check', () => {
  it.each([
    ['20.20.2', false],
    ['18.19.0', false],
    ['22.12.0', false],
    ['22.13.0', true],
    ['22.20.1', true],
    ['23.3.0', false],
    ['23.4.0', true],
    ['24.0.0', true],
    ['26.1.0', true],
    ['', false],
    ['not-a-version', false],
  ])('Node %j is %s', (version, supported) => {
    const problem = nodeVersionProblem(version);
    if (supported) expect(problem).toBeNull();
    else {
      expect(problem).toMatch(/needs Node\.js 22\.13 or later \(24 recommended\)/);
      expect(problem).not.toContain('\n');
    }
  });
});

/** A Node on this machine too old for `node:sqlite` (the system's, while the tests run on the pinned Node 24). */
function findOldNode(): { path: string; version: string } | null {
  const candidates = new Set([
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node')),
    '/usr/bin/node',
    '/usr/local/bin/node',
  ]);
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    try {
      const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
      if (nodeVersionProblem(version)) return { path, version };
    } catch {
      // Not runnable: look further.
    }
  }
  return null;
}

const oldNode = findOldNode();
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built CLI', () => {
  it.skipIf(!oldNode)(
    oldNode
      ? `prints one line and exits 1 on Node ${oldNode.version} (${oldNode.path})`
      : 'on a too-old Node: SKIPPED, no Node older than 22.13 on this machine',
    async () => {
      const entry = await buildCli(dir);
      const run = await promisify(execFile)(oldNode!.path, [entry, '--help']).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `Broadsheet's command line needs Node.js 22.13 or later (24 recommended); this is Node.js ${oldNode!.version}. Run it with \`npm run cli -- <command>\`, which uses the project's own Node.\n`,
      );
    },
    30_000,
  );
});
