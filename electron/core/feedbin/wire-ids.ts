/**
 * Ids between the opaque strings callers hold and the integers Feedbin reads. A list drops repeats and anything
 * that is not a record id (it could only be another service's id or a bug, and Feedbin would refuse the whole
 * call); an id that goes into a path is checked strictly, so no string can turn `subscriptions/<id>.json` into
 * another endpoint.
 */

const DECIMAL_ID = /^\d{1,15}$/;

/** Ids as the integers Feedbin reads, without repeats, in the given order. */
export function wireIds(ids: readonly string[]): number[] {
  const unique = new Set<number>();
  for (const id of ids) if (DECIMAL_ID.test(id)) unique.add(Number(id));
  return [...unique];
}

/** One id for a path or a body field; a RangeError for anything that is not a Feedbin id. */
export function wireId(id: string, what: string): number {
  if (!DECIMAL_ID.test(id)) throw new RangeError(`${what} is not a Feedbin id.`);
  return Number(id);
}

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size));
  return result;
}
