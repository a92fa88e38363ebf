/** Evaluates one expectation check against a feedparser-style dictionary, with feedparser's key aliases. */
import type { Check, PathStep } from './expectations';
import type { Dict } from './feedparser-dict';

// FeedParserDict's keymap: old names still answer.
const ALIASES: Record<string, string[]> = {
  channel: ['feed'],
  items: ['entries'],
  guid: ['id'],
  date: ['updated'],
  date_parsed: ['updated_parsed'],
  description: ['summary', 'subtitle'],
  description_detail: ['summary_detail', 'subtitle_detail'],
  url: ['href'],
  modified: ['updated'],
  modified_parsed: ['updated_parsed'],
  issued: ['published'],
  issued_parsed: ['published_parsed'],
  copyright: ['rights'],
  copyright_detail: ['rights_detail'],
  tagline: ['subtitle'],
  tagline_detail: ['subtitle_detail'],
  // feedparser 6 still falls back from updated to published.
  updated: ['published'],
  updated_parsed: ['published_parsed'],
};

const MISSING = Symbol('missing');

function lookup(value: unknown, step: PathStep): unknown {
  if (Array.isArray(value)) {
    if (typeof step !== 'number') return MISSING;
    const item = value.at(step);
    return item === undefined ? MISSING : item;
  }
  if (typeof value !== 'object' || value === null) return MISSING;
  const dict = value as Dict;
  const key = String(step);
  if (Object.hasOwn(dict, key)) return dict[key];
  if (key === 'category') {
    const tags = dict.tags as Dict[] | undefined;
    return tags?.[0]?.term ?? MISSING;
  }
  for (const alias of ALIASES[key] ?? []) if (Object.hasOwn(dict, alias)) return dict[alias];
  return MISSING;
}

export function resolvePath(root: Dict, path: PathStep[]): unknown {
  let value: unknown = root;
  for (const step of path) {
    value = lookup(value, step);
    if (value === MISSING) return MISSING;
  }
  return value;
}

/** Python equality for JSON-ish values: True == 1, tuples compare as lists. */
export function pyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean') a = a ? 1 : 0;
  if (typeof b === 'boolean') b = b ? 1 : 0;
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => pyEqual(item, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a as Dict);
    const kb = Object.keys(b as Dict);
    return (
      ka.length === kb.length && ka.every((k) => Object.hasOwn(b as Dict, k) && pyEqual((a as Dict)[k], (b as Dict)[k]))
    );
  }
  return false;
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

export function evaluate(check: Check, result: Dict): boolean {
  if (check.op === 'noerror') return true;
  const actual = resolvePath(result, check.path ?? []);
  if (actual === MISSING) return false;
  switch (check.op) {
    case 'truthy':
      return truthy(actual);
    case 'falsy':
      return !truthy(actual);
    case 'len':
      return Array.isArray(actual) && actual.length === check.value;
    case 'ne':
      return !pyEqual(actual, check.value);
    case 'eqpath': {
      const other = resolvePath(result, check.other ?? []);
      return other !== MISSING && pyEqual(actual, other);
    }
    case 'eq': {
      const last = check.path?.at(-1);
      // Time tuples: year to second, in UTC.
      if (typeof last === 'string' && last.endsWith('_parsed') && Array.isArray(actual) && Array.isArray(check.value)) {
        return pyEqual(actual.slice(0, 6), check.value.slice(0, 6));
      }
      return pyEqual(actual, check.value);
    }
  }
}

export function describeFailure(check: Check, result: Dict): string {
  const actual = resolvePath(result, check.path ?? []);
  const shown = actual === MISSING ? '(missing)' : JSON.stringify(actual);
  return `${check.op} ${JSON.stringify(check.path)} expected ${JSON.stringify(check.value ?? check.other ?? null)} got ${shown}`.slice(
    0,
    400,
  );
}
