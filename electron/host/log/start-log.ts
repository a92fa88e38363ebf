/**
 * Starts the process's log: LogTape configured once, at the entry point of the process that owns the file (the
 * desktop app's main process, the preview server), writing `<log folder>/<file>` through the resilient rotating
 * sink with secrets redacted; it also records the uncaught error that ends the process. Everything else only
 * calls `getLogger` (see loggers.ts); before this runs, and in tests that do not run it, those calls do nothing.
 */
import { configureSync, getThrottlingFilter, resetSync } from '@logtape/logtape';
import { redactByField } from '@logtape/redaction';
import { join } from 'node:path';
import { LOG_ROOT } from '../../core/log/core-log';
import { createLogFormatter } from './log-format';
import { LOG_ROTATION, type LogRotation } from './log-files';
import { hostLog, rendererLog } from './loggers';
import { REDACTED, SECRET_FIELDS } from '../../api/redact-secrets';
import { createResilientFileSink } from './resilient-file-sink';

export interface LogOptions {
  logDir: string;
  fileName: string;
  rotation?: LogRotation;
  /** Where trouble with the log file itself is told; the console by default. */
  onTrouble?: (error: unknown) => void;
  /** How many renderer reports a minute reach the file; a page stuck in an error loop must not flush the log. */
  rendererReportsPerMinute?: number;
  retryAfterMs?: number;
  now?: () => number;
}

export interface RunningLog {
  /** The file being written. */
  path: string;
  /** Closes the file; later records go nowhere. */
  stop(): void;
}

export function startLog(options: LogOptions): RunningLog {
  const path = join(options.logDir, options.fileName);
  const file = createResilientFileSink({
    path,
    formatter: createLogFormatter(),
    rotation: options.rotation ?? LOG_ROTATION,
    onTrouble: options.onTrouble ?? reportOnConsole(path),
    retryAfterMs: options.retryAfterMs,
    now: options.now,
  });
  configureSync({
    reset: true,
    sinks: { file: redactByField(file, { fieldPatterns: SECRET_FIELDS, action: () => REDACTED }) },
    filters: {
      renderer: getThrottlingFilter({
        limit: options.rendererReportsPerMinute ?? 20,
        windowMs: 60_000,
        clock: options.now,
        key: () => 'renderer',
        summary: { logger: rendererLog, message: '{suppressed} more errors from the window were not logged.' },
      }),
      // The same core failure on every call (a bug behind a list the reader scrolls) is told 30 times a minute.
      core: getThrottlingFilter({
        limit: 30,
        windowMs: 60_000,
        clock: options.now,
        summary: { logger: hostLog, message: 'The core’s last message was repeated {suppressed} more times.' },
      }),
    },
    loggers: [
      { category: [LOG_ROOT], sinks: ['file'], lowestLevel: 'info' },
      { category: [LOG_ROOT, 'renderer'], filters: ['renderer'] },
      { category: [LOG_ROOT, 'core'], filters: ['core'] },
      // LogTape's own warnings go to the same file instead of the console.
      { category: ['logtape', 'meta'], sinks: ['file'], lowestLevel: 'warning' },
    ],
  });
  // Observes without changing what an uncaught error does; the line is on disk before the process goes.
  const onUncaught = (error: Error, origin: string) => hostLog.fatal('Uncaught ({origin}): {error}', { origin, error });
  process.on('uncaughtExceptionMonitor', onUncaught);
  return {
    path,
    stop() {
      process.off('uncaughtExceptionMonitor', onUncaught);
      resetSync();
    },
  };
}

function reportOnConsole(path: string): (error: unknown) => void {
  return (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Broadsheet: cannot write the log file ${path} (${reason}); going on without it for now.`);
  };
}
