/**
 * The offline image cache as the UI sees it. Cached images are addressed by
 * opaque keys (`bsimg://img/<key>` in Electron, `/images/<key>` in the
 * preview); the reading view asks for an article's map and swaps each image
 * address it finds there for the cached one; lists ask for one page of rows'
 * lead pictures at a time and never show a publisher's address.
 */
import { z } from 'zod';
import { IdSchema as Id, method } from '../method-spec';

const ImageMapSchema = z.record(z.string(), z.string());

/** One article's lead picture in a list: its small copy and the cached picture, each null when not held. */
export const ListPictureSchema = z.object({
  thumbnail: z.string().nullable(),
  image: z.string().nullable(),
});
const ListPicturesSchema = z.record(z.string(), ListPictureSchema);
export type ListPicture = z.infer<typeof ListPictureSchema>;
export type ListPictures = z.infer<typeof ListPicturesSchema>;

/** A page of rows, or a front page's every story; more is several calls. */
export const MAX_THUMBNAIL_IDS = 500;

export const imageMethods = {
  'images.map': method({
    owner: 'core',
    summary: 'For one article: every image address in its HTML that is cached offline → the URL of the cached copy.',
    args: z.tuple([Id]),
    result: ImageMapSchema,
  }),
  'images.thumbnails': method({
    owner: 'core',
    summary:
      'For a page of list rows: each article that has a lead picture → its cached small copy and the cached picture (null when not kept offline). Articles without one are left out.',
    args: z.tuple([z.array(Id).max(MAX_THUMBNAIL_IDS)]),
    result: ListPicturesSchema,
  }),
  'images.feedIcons': method({
    owner: 'core',
    summary:
      "For the sidebar: each feed whose own icon is cached offline → the cached icon's URL. Feeds without one are left out.",
    args: z.tuple([]),
    result: ImageMapSchema,
  }),
} as const;

export const imageEvents = {
  /** An image pass or the thumbnail catch-up stored new pictures, icons or small copies: lists and the sidebar may ask again. */
  'images.cached': z.object({ downloaded: z.number().int().nonnegative(), thumbnails: z.number().int().nonnegative() }),
} as const;
