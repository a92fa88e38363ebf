/**
 * Bookmarks brought in from a browser's bookmarks file or a read-later service's export.
 */
import { z } from 'zod';
import { method } from '../method-spec';
import { FileTokenSchema } from './backup';

const Count = z.number().int().nonnegative();

export const ImportSummarySchema = z.object({
  format: z.enum(['netscape', 'csv']),
  found: Count,
  added: Count,
  merged: Count,
  skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
});

export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ImportSourceSchema = z.union([
  z.object({ token: FileTokenSchema }),
  z.object({ text: z.string().max(900_000) }),
]);

export const importsMethods = {
  'imports.bookmarks': method({
    owner: 'core',
    summary:
      'Imports a Netscape bookmarks file or a read-later CSV export (by file token or as text) as bookmarks; their pages are fetched after the next refresh.',
    args: z.tuple([ImportSourceSchema]),
    result: ImportSummarySchema,
  }),
} as const;
