/**
 * What never reaches the log or an error message: passwords, tokens, API keys, `Authorization` and cookie headers,
 * the credentials of a URL and its sensitive query parameters. One policy for the whole app: the host's log applies
 * both nets to every record — fields with a secret's name are replaced before formatting (`SECRET_FIELDS`), and the
 * finished line is scrubbed of anything that looks like a secret (`SECRET_PATTERNS`), whichever message, value or
 * stack trace brought it in — and the core's network scrubs its error messages with `redactSecrets`. Both err on
 * the side of hiding too much.
 */
import { JWT_PATTERN, type RedactionPattern } from '@logtape/redaction';

export const REDACTED = '***';

/** Names that always hold a secret wherever they appear in a longer name (`access_token`, `x-api-key`). */
const SECRET_WORDS =
  /passw(?:or)?d|passphrase|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|session|authori[sz]ation/i;
/** Short names that are a secret only as a whole word or segment (`key`, `x-auth`), not inside `keyword`, `author`. */
const SECRET_SEGMENTS = /(?:^|[-_.])(?:pwd|key|auth|sig|signature|cookie)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_WORDS.test(name) || SECRET_SEGMENTS.test(name);
}

/** Record properties (and nested objects) whose name says they hold a secret. */
export const SECRET_FIELDS: RegExp[] = [SECRET_WORDS, SECRET_SEGMENTS];

/** Keeps the quotes around a redacted value, so a JSON-ish line stays readable. */
function hide(value: string): string {
  const quote = value[0];
  return quote === '"' || quote === "'" ? `${quote}${REDACTED}${quote}` : REDACTED;
}

const URL_CREDENTIALS: RedactionPattern = {
  // Greedy up to the last `@` of the authority, as URL parsers read `https://user:p@ss@host`.
  pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi,
  replacement: `$1${REDACTED}@`,
};

const SECRET_HEADERS: RedactionPattern = {
  // The whole rest of the line: a cookie header goes on past `;`, an Authorization value past its scheme.
  pattern:
    /\b((?:proxy-)?authori[sz]ation|(?:set-)?cookie|x-api-key|x-auth-token)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\r\n]*)/gi,
  replacement: (_match: string, name: string, separator: string, value: string) => `${name}${separator}${hide(value)}`,
};

const AUTH_SCHEMES: RedactionPattern = {
  pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/-]+=*/g,
  replacement: `$1 ${REDACTED}`,
};

const SECRET_PAIRS: RedactionPattern = {
  // Query parameters (`?api_key=…`), assignments (`password=…`) and JSON-ish pairs (`"token": "…"`). Only names
  // containing a candidate word are matched, so an ordinary pair never swallows a secret that follows it.
  pattern:
    /(?<![\w.-])(["']?)([\w.-]*?(?:pass|pwd|secret|token|key|auth|session|sig|credential|cookie)[\w.-]*)\1(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&#,;'"<>()[\]{}=?]+)/gi,
  replacement: (match: string, quote: string, name: string, separator: string, value: string) =>
    isSecretName(name) ? `${quote}${name}${quote}${separator}${hide(value)}` : match,
};

const GOOGLE_READER_PAIRS: RedactionPattern = {
  // The Google Reader API's write token (`T=…` in a query or form) and ClientLogin's answer (`SID=…`, `LSID=…`):
  // names too short for the general rule, matched whole and in capitals only, so an ordinary `t=1` stays.
  pattern: /(?<![\w.-])(T|SID|LSID)(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&#,;'"<>()[\]{}=?]+)/g,
  replacement: (_match: string, name: string, separator: string, value: string) => `${name}${separator}${hide(value)}`,
};

/** Applied in this order to every formatted line. */
export const SECRET_PATTERNS: RedactionPattern[] = [
  URL_CREDENTIALS,
  SECRET_HEADERS,
  AUTH_SCHEMES,
  SECRET_PAIRS,
  GOOGLE_READER_PAIRS,
  JWT_PATTERN,
];

/** A text (an error message, say) with every secret `SECRET_PATTERNS` recognises replaced. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (result, { pattern, replacement }) =>
      typeof replacement === 'string'
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement as (substring: string, ...args: string[]) => string),
    text,
  );
}
