/** `npm run preview`: entry point of the built preview server (dist/preview/preview.mjs). */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOG_FILES, logDirOf } from '../host/log/log-files';
import { hostLog } from '../host/log/loggers';
import { startLog } from '../host/log/start-log';
import { parsePreviewArgs, PREVIEW_USAGE, UsageError } from './options';
import { startPreviewServer } from './server';

const distDir = resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  let options;
  try {
    options = parsePreviewArgs(process.argv.slice(2), process.env, process.platform, homedir());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof UsageError && message === '' ? PREVIEW_USAGE : `${message}\n${PREVIEW_USAGE}`);
    process.exit(error instanceof UsageError && message === '' ? 0 : 2);
  }
  const packageJson = JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string };
  const dataDir = resolve(options.dataDir);
  // Its own file next to the desktop app's: both may run on one data folder, and each file has one writer.
  const log = startLog({ logDir: logDirOf(dataDir), fileName: LOG_FILES.preview });
  hostLog.info('Broadsheet preview {version} starting: {platform}, Node {node}', {
    version: packageJson.version,
    platform: process.platform,
    node: process.versions.node,
  });
  const server = await startPreviewServer({
    ...options,
    dataDir,
    rendererDir: join(distDir, 'renderer'),
    workerPath: join(distDir, 'electron', 'core-worker.mjs'),
    appVersion: packageJson.version,
  });
  console.log(`Broadsheet preview: ${server.url}`);
  console.log('Open that address in your browser: it lets that browser in until the preview stops.');

  const shutdown = () => {
    server.close().then(
      () => {
        hostLog.info('Broadsheet preview stopped');
        log.stop();
        process.exit(0);
      },
      (error: unknown) => {
        hostLog.error('The preview did not stop cleanly: {error}', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  hostLog.fatal('The preview could not start: {error}', { error });
  const code = (error as { code?: string }).code;
  console.error(
    code === 'EADDRINUSE' ? 'Broadsheet preview: that port is already in use; pick another with --port.' : error,
  );
  process.exit(1);
});
