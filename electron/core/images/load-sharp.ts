/**
 * sharp (libvips), loaded the first time a thumbnail is made. Loading lazily keeps it out of every process that
 * never shrinks a picture (the feed-reading thread has a bundle of its own, without it); and a platform whose
 * sharp binary is missing loses only thumbnails (lists then show the cached picture itself), never the core.
 *
 * Set up once for hostile input: only the JPEG, PNG, GIF, WebP and HEIF (AVIF) decoders may read a picture from
 * memory, whatever its bytes claim, so SVG, PDF, TIFF and libvips' other loaders are unreachable; libvips' operation
 * cache is off (each picture is seen once); and each picture gets one thread, so a background batch never takes
 * every core of a small laptop.
 */
import type { default as SharpModule } from 'sharp';

export type Sharp = typeof SharpModule;

const ALLOWED_LOADERS = [
  'VipsForeignLoadJpegBuffer',
  'VipsForeignLoadPngBuffer',
  'VipsForeignLoadNsgifBuffer',
  'VipsForeignLoadWebpBuffer',
  'VipsForeignLoadHeifBuffer',
];

let loading: Promise<Sharp | null> | undefined;

/** The configured module, or null when this runtime has no usable sharp binary. */
export function loadSharp(): Promise<Sharp | null> {
  loading ??= import('sharp').then(
    (module) => {
      const sharp = module.default;
      sharp.block({ operation: ['VipsForeignLoad'] });
      sharp.unblock({ operation: ALLOWED_LOADERS });
      sharp.cache(false);
      sharp.concurrency(1);
      return sharp;
    },
    () => null,
  );
  return loading;
}
