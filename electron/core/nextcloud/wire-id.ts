/**
 * Ids travel as JSON integers and path segments (`feeds/12/move`); the core keeps them as opaque strings. An id
 * that is not a positive integer would be a different route or a different item on the server, so it is refused
 * before anything is sent.
 */

export function wireId(id: string): number {
  const value = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(value)) throw new RangeError(`“${id}” is not a Nextcloud News id.`);
  return value;
}

/** A path segment for an id, checked the same way. */
export function idSegment(id: string): string {
  return String(wireId(id));
}
