/** Command-line options of `npm run preview`. */
import { parseArgs } from 'node:util';
import { defaultUserDataDir } from '../host/data-dir';

export interface PreviewCliOptions {
  port: number;
  dataDir: string;
}

export const PREVIEW_USAGE = `Usage: npm run preview -- [--port <number>] [--data-dir <folder>]
  --port      port on 127.0.0.1 to listen on; 0 picks any free port (default 5210)
  --data-dir  folder for the library and settings (default: the desktop app's own folder)`;

export const DEFAULT_PREVIEW_PORT = 5210;

export function parsePreviewArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  homedir: string,
): PreviewCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new UsageError('');
  const port = values.port === undefined ? DEFAULT_PREVIEW_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new UsageError('--data-dir must not be empty.');
  return { port, dataDir: dataDir ?? defaultUserDataDir(platform, env, homedir) };
}

export class UsageError extends Error {}
