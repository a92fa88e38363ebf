/**
 * In the core worker: every record goes to the host as a `log` message, so the host process stays the only writer
 * of the log file. Records are rendered to text here, since the values in them (errors with their stacks, say)
 * cannot all cross to another thread as they are.
 */
import { configureSync, getTextFormatter, type LogRecord } from '@logtape/logtape';
import type { LogMessage } from '../worker-protocol';
import { LOG_ROOT } from './core-log';

const renderMessage = getTextFormatter({ value: 'bare', format: ({ message }) => message });

export function toLogMessage(record: LogRecord): LogMessage {
  return {
    type: 'log',
    level: record.level,
    category: [...record.category],
    message: renderMessage(record).trimEnd(),
    timestamp: record.timestamp,
  };
}

export function forwardLogToHost(post: (message: LogMessage) => void): void {
  configureSync({
    reset: true,
    sinks: { host: (record) => post(toLogMessage(record)) },
    loggers: [
      { category: [LOG_ROOT], sinks: ['host'], lowestLevel: 'info' },
      { category: ['logtape', 'meta'], sinks: ['host'], lowestLevel: 'warning' },
    ],
  });
}
