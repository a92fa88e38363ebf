/**
 * What can go wrong opening the library file, as a message for the reader. Its own module so that
 * opening the store and moving an unreadable file aside both speak it without importing each other.
 */
export type ProblemCode =
  'NO_FTS5' | 'INTEGRITY' | 'NEWER_VERSION' | 'OPEN_FAILED' | 'MIGRATION_FAILED' | 'MOVED_ASIDE';

export interface StoreProblem {
  code: ProblemCode;
  message: string;
}
