import { writeSync } from 'node:fs';
import {
  methods,
  type CoreMethodName,
  type EventEmitter,
  type MethodArgs,
  type MethodResult,
} from '../../../../electron/api/contract';
import { toApiErrorData } from '../../../../electron/api/errors';
import { withStorageErrors } from '../../../../electron/core/db/storage-error';
import { createCoreService, type CoreService } from '../../../../electron/core/service';

/**
 * What the child drivers share: the real core service in the given data
 * folder, calls made the way the worker makes them (arguments through the
 * contract's schema, errors through the same STORAGE mapping), and lines to
 * the parent written synchronously, so a line the parent reads was written
 * before anything after it ran.
 */
export function say(line: string): void {
  writeSync(1, `${line}\n`);
}

export function startCore(dataDir: string, emit: EventEmitter = () => undefined): CoreService {
  return createCoreService({
    dataDir,
    appName: 'Broadsheet',
    appVersion: '0.0.0-hardening',
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit,
  });
}

export async function call<M extends CoreMethodName>(
  core: CoreService,
  method: M,
  ...args: MethodArgs<M>
): Promise<MethodResult<M>> {
  const parsed = methods[method].args.parse(args) as unknown[];
  const handler = core.handlers[method] as (...a: unknown[]) => unknown;
  return (await handler(...parsed)) as MethodResult<M>;
}

/** The envelope error the UI would receive for this failure. */
export function wireError(error: unknown): { code: string; message: string } {
  const { code, message } = toApiErrorData(withStorageErrors(error));
  return { code, message };
}

/** A small seeded generator (LCG), so a failing kill can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}
