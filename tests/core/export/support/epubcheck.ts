import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/**
 * Runs Debian's epubcheck (a Java program) on a file. Where it is not
 * installed the check is skipped locally, but in CI (CI=true) a missing
 * epubcheck is a failure: .ci/run installs it.
 */
export const EPUBCHECK = '/usr/bin/epubcheck';

export function epubcheckAvailable(): boolean {
  if (existsSync(EPUBCHECK)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${EPUBCHECK} is missing; CI must install the epubcheck package (.ci/run).`);
  return false;
}

export interface EpubcheckReport {
  ok: boolean;
  output: string;
}

export async function epubcheck(path: string): Promise<EpubcheckReport> {
  // The Debian file is an executable jar: run it through java so no binfmt registration is needed.
  const run = promisify(execFile);
  try {
    const { stdout, stderr } = await run('java', ['-jar', EPUBCHECK, path], { maxBuffer: 16 * 1024 * 1024 });
    const output = `${stdout}\n${stderr}`;
    return { ok: /No errors or warnings detected/.test(output), output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failed.stdout ?? ''}\n${failed.stderr ?? failed.message}` };
  }
}
