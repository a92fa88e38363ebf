/**
 * One cached picture → its thumbnail: at most THUMBNAIL_BOX pixels on each side, WebP (it keeps transparency,
 * which JPEG would turn black, and is a third smaller), EXIF orientation applied and every metadata block (GPS,
 * camera, comments) dropped. The picture is hostile: its dimensions are checked from its header before any pixel
 * is decoded (a 30,000 × 30,000 PNG of a few kilobytes is refused, not inflated to 3.6 GB), a truncated or corrupt
 * one is refused rather than shrunk half grey, the work is cut off after a few seconds, and only the first frame
 * of an animation is read. Outcomes are tagged: a picture that cannot be shrunk is `refused` for good, while
 * `unavailable` (no codec in this runtime) leaves it for another time.
 */
import { sniffImageType } from './image-type';
import { loadSharp, type Sharp } from './load-sharp';

/** Fits list rows and front-page cards at twice their size on high-density screens. */
export const THUMBNAIL_BOX = 400;
/** 25 megapixels: a 6,000 × 4,000 camera original passes; bombs and absurd canvases do not. */
export const MAX_SOURCE_PIXELS = 25_000_000;
/** A thumbnail bigger than this is not small: something about the picture is wrong. */
export const MAX_THUMBNAIL_BYTES = 96 * 1024;
const TIMEOUT_SECONDS = 10;
const QUALITY = 72;

export type ShrinkOutcome =
  | { kind: 'made'; bytes: Uint8Array; width: number; height: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'unavailable'; reason: string };

export type Shrinker = (bytes: Uint8Array) => Promise<ShrinkOutcome>;

export async function shrinkImage(
  bytes: Uint8Array,
  load: () => Promise<Sharp | null> = loadSharp,
): Promise<ShrinkOutcome> {
  if (!sniffImageType(bytes.subarray(0, 64))) return { kind: 'refused', reason: 'not a supported image' };
  const sharp = await load();
  if (!sharp) return { kind: 'unavailable', reason: 'no image codec in this runtime' };
  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: MAX_SOURCE_PIXELS,
      failOn: 'error',
      pages: 1,
      autoOrient: true,
    })
      .resize({ width: THUMBNAIL_BOX, height: THUMBNAIL_BOX, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: QUALITY, effort: 3 })
      .timeout({ seconds: TIMEOUT_SECONDS })
      .toBuffer({ resolveWithObject: true });
    if (data.byteLength > MAX_THUMBNAIL_BYTES) return { kind: 'refused', reason: 'the small copy is not small' };
    if (sniffImageType(data.subarray(0, 64)) !== 'image/webp') return { kind: 'refused', reason: 'unexpected output' };
    return {
      kind: 'made',
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    return { kind: 'refused', reason: error instanceof Error ? error.message.split('\n')[0]! : 'undecodable' };
  }
}
