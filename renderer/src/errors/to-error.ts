/** Anything thrown, as an Error with a message a reader can be shown. */
import { ApiError } from '@contract/errors';

export function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new ApiError('INTERNAL', typeof error === 'string' ? error : 'Something went wrong.');
}

/** The text shown to the reader; an ApiError's message is already written for them. */
export function describeError(error: Error): string {
  return error.message || 'Something went wrong.';
}
