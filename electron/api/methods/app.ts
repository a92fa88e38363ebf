/**
 * The app itself: versions, notices for the reader, and what the shell tells the UI.
 */
import { z } from 'zod';
import { IdSchema as Id, method } from '../method-spec';
import { AppInfoSchema, CoreStatusSchema, NoticeSchema } from '../models';

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
} as const;

export const appEvents = {
  'core.status': CoreStatusSchema,
  'app.notice': NoticeSchema,
  /** The application menu's "Settings…" (desktop app): the UI opens its settings view. */
  'app.openSettings': z.null(),
} as const;
