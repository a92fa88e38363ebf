/** Messages between a host (Electron main or the preview server) and the core worker thread. */
import type { LogLevel } from '@logtape/logtape';
import type { Envelope } from '../api/envelope';
import type { CoreCallName, EventName, EventPayload } from '../api/contract';
import type { Runtime } from '../api/models';

/** Passed as `workerData` when the worker starts. */
export interface CoreWorkerData {
  dataDir: string;
  appName: string;
  appVersion: string;
  runtime: Runtime;
  platform: string;
  electronVersion: string | null;
  chromeVersion: string | null;
  /** Where the host writes the log (the core only reports it); absent where no log is kept (the CLI, tests). */
  logDir?: string;
}

export interface CallMessage {
  type: 'call';
  id: number;
  method: CoreCallName;
  args: unknown[];
}

export type HostToWorker = CallMessage;

export interface ResultMessage {
  type: 'result';
  id: number;
  envelope: Envelope<unknown>;
}

export interface EventMessage<E extends EventName = EventName> {
  type: 'event';
  event: E;
  payload: EventPayload<E>;
}

/** Sent once the core has opened its store and is ready for calls. */
export interface ReadyMessage {
  type: 'ready';
}

/** A record of the core's log, rendered to text in the worker; the host writes it, as the log file's one writer. */
export interface LogMessage {
  type: 'log';
  level: LogLevel;
  category: string[];
  message: string;
  timestamp: number;
}

export type WorkerToHost = ResultMessage | EventMessage | ReadyMessage | LogMessage;
