/**
 * The core's logger. The core never writes a log file: in the worker its records travel to the host, which owns
 * the file (see forward-log.ts); in tests and the CLI nothing is configured and logging does nothing.
 */
import { getLogger } from '@logtape/logtape';

/** The root category of every Broadsheet record; the host writes everything under it. */
export const LOG_ROOT = 'broadsheet';

export const coreLog = getLogger([LOG_ROOT, 'core']);
