/**
 * Routes a call from the UI (IPC or HTTP) to whoever owns the method, after
 * checking the method name and validating the arguments against the contract.
 * Invalid calls get a typed error and reach no handler, so they change nothing.
 */
import {
  isMethodName,
  methods,
  type CoreCallName,
  type CoreMethodName,
  type Handlers,
  type HostMethodName,
} from '../api/contract';
import { failure, success, type Envelope } from '../api/envelope';
import { ApiError } from '../api/errors';
import type { z } from 'zod';

export interface CoreCaller {
  /** A core method, or an internal one only the host calls (never routed from the UI). */
  call(method: CoreCallName, args: unknown[]): Promise<Envelope<unknown>>;
}

export interface Router {
  dispatch(method: string, args: unknown): Promise<Envelope<unknown>>;
}

export function createRouter(options: { host: Handlers<HostMethodName>; core: CoreCaller }): Router {
  return {
    async dispatch(method, args) {
      if (!isMethodName(method)) {
        return failure(new ApiError('UNKNOWN_METHOD', `There is no method called "${String(method).slice(0, 100)}".`));
      }
      const spec = methods[method];
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) {
        return failure(
          new ApiError('INVALID_ARGUMENTS', `Invalid arguments for ${method}: ${describeIssues(parsed.error)}`, {
            issues: parsed.error.issues
              .slice(0, 20)
              .map((issue) => ({ path: issue.path.slice(0, 20).map(clip), message: clip(issue.message) })),
          }),
        );
      }
      if (spec.owner === 'core') return options.core.call(method as CoreMethodName, parsed.data as unknown[]);
      try {
        const handler = options.host[method as HostMethodName] as (...a: unknown[]) => unknown;
        return success(await handler(...(parsed.data as unknown[])));
      } catch (error) {
        return failure(error);
      }
    },
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length
        ? `${issue.path.slice(0, 20).map(clip).join('.')}: ${clip(issue.message)}`
        : clip(issue.message),
    )
    .join('; ');
}

// Issues quote what the caller sent (unknown keys, bad values): a hostile call must not get a megabyte echoed back.
function clip(value: unknown): string {
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
