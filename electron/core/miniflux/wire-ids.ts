/**
 * Ids on their way out. Miniflux ids are int64; the core holds them as decimal strings, and they are written into
 * paths and JSON as the digits they are — never through a JavaScript number, which would round an id past 2^53.
 * Anything that is not a positive decimal integer is a programming error here, not something to send.
 */

const ID = /^[1-9]\d{0,18}$/;

export function wireId(id: string): string {
  if (!ID.test(id)) throw new RangeError(`“${id}” is not a Miniflux id.`);
  return id;
}

/** A JSON list of ids (`[1,2,3]`) written from their digits. */
export function wireIdList(ids: readonly string[]): string {
  return `[${ids.map(wireId).join(',')}]`;
}

/** The ids without repeats, checked, in the order given. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map(wireId))];
}

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size));
  return result;
}
