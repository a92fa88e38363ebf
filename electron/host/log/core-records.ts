/**
 * Writes the core worker's log records (see core/log/forward-log.ts) as if logged here, under their own category
 * and with their own time. A record outside Broadsheet's categories is filed under the core's.
 */
import { getLogger } from '@logtape/logtape';
import { LOG_ROOT } from '../../core/log/core-log';
import type { LogMessage } from '../../core/worker-protocol';

function categoryOf(message: LogMessage): string[] {
  const [root, ...rest] = message.category;
  if (root === LOG_ROOT || (root === 'logtape' && rest[0] === 'meta')) return message.category;
  return [LOG_ROOT, 'core', ...message.category];
}

export function writeCoreRecord(message: LogMessage): void {
  getLogger(categoryOf(message)).emit({
    level: message.level,
    message: [message.message],
    rawMessage: message.message,
    timestamp: message.timestamp,
    properties: {},
  });
}
