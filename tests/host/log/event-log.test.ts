import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayload } from '../../../electron/api/contract';
import { describeEvent, logEvents } from '../../../electron/host/log/event-log';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

const finished: EventPayload<'sync.finished'> = {
  runId: 7,
  done: 12,
  total: 12,
  newArticles: 31,
  failures: [
    { feedId: 'f1', title: 'Private Diary Feed', message: 'The server answered 404.', cause: 'http' },
    { feedId: 'f2', title: 'Another Title', message: 'Timed out.', cause: 'timeout' },
  ],
  cancelled: false,
  durationMs: 4_250,
  newBySection: [{ sectionId: 's1', newArticles: 31 }],
};

const ready = { state: 'ready', schemaVersion: 9, searchAvailable: true, integrity: 'ok', problems: [] } as const;

const CASES: { event: EventName; payload: unknown; line: RegExp | null; level?: string }[] = [
  {
    event: 'sync.finished',
    payload: finished,
    level: 'info',
    line: /^Sync 7 finished: 12 feeds, 31 new articles, 2 failed, 4\.3 s$/,
  },
  {
    event: 'sync.finished',
    payload: { ...finished, cancelled: true, total: 40, done: 3, failures: [] },
    level: 'info',
    line: /^Sync 7 cancelled: 40 feeds, 31 new articles, 0 failed/,
  },
  {
    event: 'core.status',
    payload: { state: 'restarting', message: 'The core stopped (exit code 3).' },
    level: 'warning',
    line: /^Core: The core stopped \(exit code 3\)\.$/,
  },
  {
    event: 'core.status',
    payload: { state: 'failed', message: 'Restart Broadsheet.' },
    level: 'error',
    line: /^Core gave up: Restart Broadsheet\.$/,
  },
  { event: 'core.status', payload: { state: 'ready' }, level: 'info', line: /^Core ready$/ },
  { event: 'core.status', payload: { state: 'starting' }, line: null },
  { event: 'library.statusChanged', payload: ready, line: null },
  {
    event: 'library.statusChanged',
    payload: { ...ready, state: 'degraded', problems: [{ code: 'NO_FTS5', message: 'Search is unavailable.' }] },
    level: 'warning',
    line: /^Library degraded: NO_FTS5: Search is unavailable\.$/,
  },
  {
    event: 'library.statusChanged',
    payload: { ...ready, state: 'unavailable', problems: [{ code: 'OPEN_FAILED', message: 'Cannot open.' }] },
    level: 'error',
    line: /^Library unavailable: OPEN_FAILED: Cannot open\.$/,
  },
  {
    event: 'app.notice',
    payload: { id: 'n1', level: 'warning', title: 'Settings reset', message: 'A copy was kept.', createdAt: '' },
    level: 'warning',
    line: /^Notice shown: Settings reset A copy was kept\.$/,
  },
  { event: 'sync.progress', payload: { runId: 1, done: 1, total: 2, newArticles: 0, failures: [] }, line: null },
  { event: 'library.countsChanged', payload: {}, line: null },
  { event: 'app.openSettings', payload: null, line: null },
];

/** A described line with its placeholders filled, as the log file would show it. */
function rendered(event: EventName, payload: unknown) {
  const line = describeEvent(event, payload as never);
  if (!line) return null;
  const text = line.message.replace(/\{(\w+)\}/g, (_m, name: string) => String(line.properties[name]));
  return { text, level: line.level };
}

describe('describeEvent', () => {
  it.each(CASES)('$event → $line', ({ event, payload, line, level }) => {
    const result = rendered(event, payload);
    if (line === null) return expect(result).toBeNull();
    expect(result?.text).toMatch(line);
    expect(result?.level).toBe(level);
  });

  it('never names a feed or an article in a sync summary', () => {
    const text = rendered('sync.finished', finished)?.text ?? '';
    expect(text).not.toContain('Private Diary Feed');
    expect(text).not.toContain('Another Title');
  });
});

describe('logEvents', () => {
  let log: RunningLog | undefined;
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    log?.stop();
    cleanup?.();
  });

  it('passes each event on and writes one line per sync run to the log', () => {
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    log = startLog({ logDir: dir.path, fileName: 'broadsheet.log' });
    const deliver = vi.fn();
    const emit = logEvents(deliver);

    emit('sync.finished', finished);
    emit('sync.progress', { runId: 8, done: 0, total: 1, newArticles: 0, failures: [] });

    expect(deliver).toHaveBeenCalledTimes(2);
    const lines = readFileSync(log.path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[INF\] broadsheet\.sync: Sync 7 finished: 12 feeds, 31 new articles, 2 failed, 4\.3 s$/);
  });
});
