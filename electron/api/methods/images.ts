import { z } from 'zod';
import { IdSchema as Id, method } from '../method-spec';

/**
 * The offline image cache as the UI sees it. Cached images are addressed by
 * opaque keys (`bsimg://img/<key>` in Electron, `/images/<key>` in the
 * preview); the reading view asks for an article's map and swaps each image
 * address it finds there for the cached one.
 */
const ImageMapSchema = z.record(z.string(), z.string());

export const imageMethods = {
  'images.map': method({
    owner: 'core',
    summary: 'For one article: every image address in its HTML that is cached offline → the URL of the cached copy.',
    args: z.tuple([Id]),
    result: ImageMapSchema,
  }),
} as const;
