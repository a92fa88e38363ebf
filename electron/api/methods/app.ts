/**
 * The app itself: versions, notices for the reader, errors the window reports for the log, and what the shell
 * tells the UI.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from '../errors';
import { IdSchema as Id, method } from '../method-spec';
import { AppInfoSchema, CoreStatusSchema, NoticeSchema } from '../models';

/** Enough for a message and a stack trace; a page cannot fill the log with one report. */
export const ERROR_REPORT_LIMITS = { message: 1_000, stack: 8_000, source: 500, action: 200 } as const;

/** An error the window met: uncaught, an unhandled rejection, or a failed action shown in a banner. */
export const ErrorReportSchema = z.strictObject({
  kind: z.enum(['error', 'unhandledrejection', 'action']),
  message: z.string().max(ERROR_REPORT_LIMITS.message),
  /** The failed action as the banner names it ("Marking as read"). */
  action: z.string().max(ERROR_REPORT_LIMITS.action).optional(),
  code: z.enum(API_ERROR_CODES).optional(),
  /** Where an uncaught error was thrown: script address, line and column. */
  source: z.string().max(ERROR_REPORT_LIMITS.source).optional(),
  stack: z.string().max(ERROR_REPORT_LIMITS.stack).optional(),
});

export type ErrorReport = z.infer<typeof ErrorReportSchema>;

export const appMethods = {
  'app.getInfo': method({
    owner: 'core',
    summary: 'Name, version, runtime and library versions of the running app.',
    args: z.tuple([]),
    result: AppInfoSchema,
  }),
  'app.listNotices': method({
    owner: 'host',
    summary: 'Things the reader must be told that happened before the UI was ready.',
    args: z.tuple([]),
    result: z.array(NoticeSchema),
  }),
  'app.dismissNotice': method({
    owner: 'host',
    summary: 'Removes a notice the reader has read.',
    args: z.tuple([Id]),
    result: z.null(),
  }),
  'app.reportError': method({
    owner: 'host',
    summary: 'Writes an error the window met into the log (secrets are redacted there; never article content).',
    args: z.tuple([ErrorReportSchema]),
    result: z.null(),
  }),
} as const;

export const appEvents = {
  'core.status': CoreStatusSchema,
  'app.notice': NoticeSchema,
  /** The application menu's "Settings…" (desktop app): the UI opens its settings view. */
  'app.openSettings': z.null(),
  /** The application menu's "Import Subscriptions (OPML)…" (desktop app): the UI opens its OPML import. */
  'app.importOpml': z.null(),
} as const;
