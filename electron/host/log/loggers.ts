/** The host side's loggers, one per source, all under the `broadsheet` category that start-log.ts writes. */
import { getLogger } from '@logtape/logtape';
import { LOG_ROOT } from '../../core/log/core-log';

/** Electron main: start, quit, menu actions. */
export const mainLog = getLogger([LOG_ROOT, 'main']);
/** The host shared by the desktop app and the preview: the core worker, notices, settings, notifications. */
export const hostLog = getLogger([LOG_ROOT, 'host']);
/** One line per sync run. */
export const syncLog = getLogger([LOG_ROOT, 'sync']);
/** Errors the window reported through `app.reportError`. */
export const rendererLog = getLogger([LOG_ROOT, 'renderer']);
