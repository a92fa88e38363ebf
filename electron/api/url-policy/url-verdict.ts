/**
 * What every URL policy answers: the URL to use (normalized), or which rule
 * refused it and why, in words a message can carry. Untrusted input gets a
 * verdict, never a throw.
 */
export type UrlRule =
  | 'not-a-url'
  | 'too-long'
  | 'characters'
  | 'backslash'
  | 'malformed'
  | 'scheme'
  | 'no-host'
  | 'credentials'
  | 'downgrade'
  | 'plain-http'
  | 'picture-data';

export interface UrlRefusal {
  allowed: false;
  rule: UrlRule;
  reason: string;
  /** The refused scheme (`"file:"`), when the scheme was the reason. */
  scheme?: string;
}

export type UrlVerdict = { allowed: true; url: string } | UrlRefusal;

export function refuse(rule: UrlRule, reason: string, scheme?: string): UrlRefusal {
  return scheme === undefined ? { allowed: false, rule, reason } : { allowed: false, rule, reason, scheme };
}

/** The convenience form: the allowed URL, or null. */
export function urlOrNull(verdict: UrlVerdict): string | null {
  return verdict.allowed ? verdict.url : null;
}
