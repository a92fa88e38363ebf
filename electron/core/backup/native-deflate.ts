/**
 * A zip entry compressed by Node's own zlib instead of fflate's JavaScript
 * deflate (several times faster on large libraries). fflate documents this
 * extension point: a ZipPassThrough whose process() compresses. Each part
 * ends with a sync flush, which keeps the concatenation one valid deflate
 * stream; the last part finishes it. Parts should be large (the sink
 * buffers), since each starts with an empty window.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { FlateErrorCode, ZipPassThrough, type FlateError } from 'fflate';

export class NativeZipDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    let out: Uint8Array;
    try {
      out = deflateRawSync(chunk, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    } catch (error) {
      const failure = Object.assign(error instanceof Error ? error : new Error(String(error)), {
        code: FlateErrorCode.InvalidBlockType,
      }) as FlateError;
      this.ondata(failure, new Uint8Array(0) as Uint8Array<ArrayBuffer>, final);
      return;
    }
    this.ondata(null, new Uint8Array(out.buffer, out.byteOffset, out.byteLength) as Uint8Array<ArrayBuffer>, final);
  }
}
