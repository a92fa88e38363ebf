/** Data shapes that cross the contract. Results are typed from these schemas. */
import { z } from 'zod';

export const RuntimeSchema = z.enum(['electron', 'preview']);
export type Runtime = z.infer<typeof RuntimeSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  runtime: RuntimeSchema,
  platform: z.string(),
  versions: z.object({
    node: z.string(),
    sqlite: z.string().nullable(),
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
  }),
  dataDir: z.string(),
  /** The folder of the log files; absent where this process keeps no log. */
  logDir: z.string().optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const SectionSchema = z.object({
  id: z.string(),
  /** The account whose feeds it groups; `local` for feeds Broadsheet polls itself. */
  accountId: z.string(),
  name: z.string(),
  position: z.number().int(),
  feedCount: z.number().int().nonnegative(),
  unreadCount: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

/** Something the reader must be told, e.g. that a corrupt settings file was set aside. */
export const NoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  title: z.string(),
  message: z.string(),
  createdAt: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const CoreStatusSchema = z.object({
  state: z.enum(['starting', 'ready', 'restarting', 'failed']),
  message: z.string().optional(),
});
export type CoreStatus = z.infer<typeof CoreStatusSchema>;

export const OpenExternalResultSchema = z.object({
  opened: z.boolean(),
  /** The normalized URL that was (or, in the preview, should be) opened. */
  url: z.string(),
});
export type OpenExternalResult = z.infer<typeof OpenExternalResultSchema>;
