import { spawn } from 'node:child_process';

/**
 * Runs a child driver to its end and returns its lines. `limitKB` runs it
 * under `ulimit -f` (bash), so a file it writes past that size fails with
 * EFBIG (Node ignores SIGXFSZ); `uid`/`gid` run it as another user, and
 * `node` names a Node binary that user can reach (default: this process's).
 */
export interface ChildRun {
  lines: string[];
  code: number | null;
  stderr: string;
}

export function runChild(
  script: string,
  config: object,
  options: { limitKB?: number; uid?: number; gid?: number; node?: string } = {},
): Promise<ChildRun> {
  const node = options.node ?? process.execPath;
  const args = [script, JSON.stringify(config)];
  const [command, argv] =
    options.limitKB === undefined
      ? [node, args]
      : ['bash', ['-c', `ulimit -f ${Math.ceil(options.limitKB)} && exec "$0" "$@"`, node, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ lines: stdout.split('\n').filter(Boolean), code, stderr }));
  });
}

/** The JSON payloads of the lines starting with `tag`. */
export function payloads<T>(run: ChildRun, tag: string): T[] {
  return run.lines
    .filter((line) => line.startsWith(`${tag} `))
    .map((line) => JSON.parse(line.slice(tag.length + 1)) as T);
}
