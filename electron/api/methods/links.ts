/**
 * Links leaving the app for the system browser.
 */
import { z } from 'zod';
import { method } from '../method-spec';
import { OpenExternalResultSchema } from '../models';

export const linksMethods = {
  'links.openExternal': method({
    owner: 'host',
    summary: 'Opens an http(s) link in the system browser; anything else is refused.',
    args: z.tuple([z.string().max(8192)]),
    result: OpenExternalResultSchema,
  }),
} as const;
