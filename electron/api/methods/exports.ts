/**
 * Taking articles out of the app. The core writes the export to a file in the
 * data folder and answers with a token; the host then hands the file over (a
 * native save dialog in Electron, a download route in the preview), so large
 * exports never cross the IPC channel or sit in memory whole.
 */
import { z } from 'zod';
import { ListScopeSchema } from '../library-queries';
import { LIMITS } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';

export const EXPORT_FORMATS = ['epub', 'html', 'md', 'json', 'csv', 'netscape'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), id: Id }),
  z.object({ kind: z.literal('articles'), ids: z.array(Id).min(1).max(10_000) }),
  z.object({ kind: z.literal('scope'), scope: ListScopeSchema }),
  z.object({ kind: z.literal('search'), query: z.string().trim().min(1).max(LIMITS.query) }),
]);
export type ExportSelection = z.infer<typeof ExportSelectionSchema>;

export const ExportOptionsSchema = z.object({
  /** Markdown: pictures as files in a .zip ('embed') or as links to their web addresses ('link'). */
  images: z.enum(['embed', 'link']).default('embed'),
  /** A title for the collection (EPUB cover, HTML heading); a default is made from the selection. */
  title: z.string().trim().max(200).optional(),
  /** HTML made for printing to PDF: each article starts a new page. */
  print: z.boolean().default(false),
  /** HTML and PDF: the reader's font setting, so a printout reads like the reading view. */
  font: z.enum(['serif', 'sans']).default('serif'),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

export const ExportRequestSchema = z.object({
  what: ExportSelectionSchema,
  format: ExportFormatSchema,
  options: ExportOptionsSchema.default({ images: 'embed', print: false, font: 'serif' }),
});
export type ExportRequest = z.output<typeof ExportRequestSchema>;

/** A token names a finished export file in the data folder's exports/ folder. */
export const ExportTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const ExportResultSchema = z.object({
  token: ExportTokenSchema,
  fileName: z.string(),
  mimeType: z.string(),
  byteLength: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

export const ExportSaveResultSchema = z.discriminatedUnion('kind', [
  /** Electron: the reader chose a place (path) or closed the dialog (path null). */
  z.object({ kind: z.literal('saved'), path: z.string().nullable() }),
  /** Preview: the page downloads the file from this same-origin address. */
  z.object({ kind: z.literal('download'), url: z.string() }),
]);
export type ExportSaveResult = z.infer<typeof ExportSaveResultSchema>;

export const exportMethods = {
  'exports.run': method({
    owner: 'core',
    summary:
      'Writes the selected articles in one format to a file in the data folder; progress comes as exports.progress events. One export runs at a time.',
    args: z.tuple([ExportRequestSchema]),
    result: ExportResultSchema,
  }),
  'exports.cancel': method({
    owner: 'core',
    summary:
      'Stops the export in progress; its partial file is removed and exports.run fails with a "cancelled" message.',
    args: z.tuple([]),
    result: z.null(),
  }),
  'exports.save': method({
    owner: 'host',
    summary:
      'Hands a finished export to the reader: a native save dialog in the desktop app, a download address in the preview. PDF asks the desktop app to print an HTML export made with print: true.',
    args: z.tuple([ExportTokenSchema, z.object({ pdf: z.boolean().default(false) }).default({ pdf: false })]),
    result: ExportSaveResultSchema,
  }),
} as const;

export const exportEvents = {
  'exports.progress': ExportProgressSchema,
} as const;
