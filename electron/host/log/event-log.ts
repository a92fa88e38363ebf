/**
 * What the log keeps of the events on their way to the UI: one line per sync run (feeds, new articles, failures,
 * duration), the core's restarts and failure, the library's problems, and the notices the reader is shown. Counts,
 * states and the app's own messages only: never an article's or a feed's title.
 */
import type { EventEmitter, EventName, EventPayload } from '../../api/contract';
import { hostLog, syncLog } from './loggers';

export interface LogLine {
  source: 'host' | 'sync';
  level: 'info' | 'warning' | 'error';
  message: string;
  properties: Record<string, unknown>;
}

type Describers = { [E in EventName]?: (payload: EventPayload<E>) => LogLine | null };

const describers: Describers = {
  'sync.finished': (run) => ({
    source: 'sync',
    level: 'info',
    message: 'Sync {runId} {outcome}: {feeds} feeds, {newArticles} new articles, {failures} failed, {seconds} s',
    properties: {
      runId: run.runId,
      outcome: run.cancelled ? 'cancelled' : 'finished',
      feeds: run.total,
      newArticles: run.newArticles,
      failures: run.failures.length,
      seconds: (run.durationMs / 1000).toFixed(1),
    },
  }),
  'core.status': (status) => {
    if (status.state === 'restarting') return host('warning', 'Core: {reason}', { reason: status.message ?? '' });
    if (status.state === 'failed') return host('error', 'Core gave up: {reason}', { reason: status.message ?? '' });
    if (status.state === 'ready') return host('info', 'Core ready', {});
    return null;
  },
  'library.statusChanged': (status) => {
    if (status.problems.length === 0) return null;
    const problems = status.problems.map((problem) => `${problem.code}: ${problem.message}`).join('; ');
    return host(status.state === 'unavailable' ? 'error' : 'warning', 'Library {state}: {problems}', {
      state: status.state,
      problems,
    });
  },
  'app.notice': (notice) =>
    host(notice.level, 'Notice shown: {title} {message}', { title: notice.title, message: notice.message }),
};

function host(level: LogLine['level'], message: string, properties: Record<string, unknown>): LogLine {
  return { source: 'host', level, message, properties };
}

export function describeEvent<E extends EventName>(event: E, payload: EventPayload<E>): LogLine | null {
  const describe = describers[event] as ((payload: EventPayload<E>) => LogLine | null) | undefined;
  return describe ? describe(payload) : null;
}

export function writeLogLine(line: LogLine): void {
  const logger = line.source === 'sync' ? syncLog : hostLog;
  if (line.level === 'error') logger.error(line.message, line.properties);
  else if (line.level === 'warning') logger.warning(line.message, line.properties);
  else logger.info(line.message, line.properties);
}

/** Passes every event on, then logs what `describeEvent` keeps of it; logging never stops an event. */
export function logEvents(emit: EventEmitter): EventEmitter {
  return (event, payload) => {
    emit(event, payload);
    try {
      const line = describeEvent(event, payload);
      if (line) writeLogLine(line);
    } catch {
      // An event the UI already has is worth more than its log line.
    }
  };
}
