/**
 * How one contract method is declared. `owner` says who answers it: the core
 * worker, or the host process (Electron main or the preview server) for things
 * that live outside the database such as settings, notices and the system
 * browser. Arguments are a tuple schema so that extra or missing arguments are
 * rejected too.
 */
import { z } from 'zod';

export type Owner = 'host' | 'core';

export interface MethodSpec<O extends Owner, A extends z.ZodTuple, R extends z.ZodType> {
  owner: O;
  summary: string;
  args: A;
  result: R;
}

export function method<O extends Owner, A extends z.ZodTuple, R extends z.ZodType>(
  spec: MethodSpec<O, A, R>,
): MethodSpec<O, A, R> {
  return spec;
}

/** Identifiers as they cross the contract: short, non-empty strings. */
export const IdSchema = z.string().min(1).max(200);
