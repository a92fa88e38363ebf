/** Bounds on what one feed may make the parser produce. */

/** More items than any real feed carries; a 100,000-item document is an attack or an archive dump. */
export const MAX_ENTRIES = 10_000;
