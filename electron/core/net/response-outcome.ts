/** What to do with a response once its status line and headers are in. */
import { fetchMessages } from './fetch-messages';
import { fetchError, type FetchResult } from './fetch-result';
import { retryAfterUntil } from './retry-after';

export type ResponseOutcome =
  | { kind: 'redirect'; location: string; permanent: boolean }
  | { kind: 'read-body' }
  | { kind: 'done'; result: FetchResult };

export interface ResponseFacts {
  status: number;
  location: string | undefined;
  retryAfter: string | undefined;
  finalUrl: string;
  now: Date;
}

const redirects = new Set([301, 302, 303, 307, 308]);
const permanent = new Set([301, 308]);

export function responseOutcome(facts: ResponseFacts): ResponseOutcome {
  const { status } = facts;
  if (redirects.has(status) && facts.location) {
    return { kind: 'redirect', location: facts.location, permanent: permanent.has(status) };
  }
  if (status >= 200 && status < 300) return { kind: 'read-body' };
  if (status === 304) return done({ kind: 'not-modified', finalUrl: facts.finalUrl });
  if (status === 410) return done({ kind: 'gone', finalUrl: facts.finalUrl, message: fetchMessages.gone() });
  if (status === 429 || status === 503) {
    const until = retryAfterUntil(facts.retryAfter, facts.now);
    const reason = fetchMessages.retryLater(status, until.getTime() - facts.now.getTime());
    return done({ kind: 'retry-later', status, until, reason });
  }
  return done(fetchError('HTTP_ERROR', fetchMessages.httpError(status), status));
}

function done(result: FetchResult): ResponseOutcome {
  return { kind: 'done', result };
}
