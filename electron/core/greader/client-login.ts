/**
 * ClientLogin: user name and password for the session's Auth token. The answer is lines of `Key=value`
 * (`SID=…`, `LSID=…`, `Auth=…`); a refusal is HTTP 401 (FreshRSS, Inoreader, Miniflux), 403 (Google's original),
 * or a 200 whose body says `Error=BadAuthentication` (bazqux/bazqux-api README, "Login"). For Inoreader a 403 means
 * the App ID or key was refused (https://www.inoreader.com/developers/app-auth). The password goes into the form
 * body of this one request and is kept nowhere.
 */
import { GReaderAuthError, GReaderBadResponseError } from './errors';
import { failureFor } from './http-status';
import { asText, asObject } from './json-fields';
import type { Session } from './session';
import type { GReaderCallOptions } from './types';

const ENDPOINT = 'accounts/ClientLogin';

export async function clientLogin(
  session: Session,
  now: () => Date,
  user: string,
  password: string,
  options?: GReaderCallOptions,
): Promise<string> {
  session.redact(password);
  const response = await session.sendUnsigned(
    'POST',
    ENDPOINT,
    [
      ['Email', user],
      ['Passwd', password],
    ],
    options,
  );
  if (response.status === 401 || (response.status === 403 && !session.service.needsAppCredentials)) {
    throw new GReaderAuthError('password', ENDPOINT);
  }
  const failure = failureFor(response, ENDPOINT, session.service, now());
  if (failure !== null) throw failure;
  const fields = readFields(response.body);
  if (fields.get('error') !== undefined) throw new GReaderAuthError('password', ENDPOINT);
  const auth = fields.get('auth');
  if (auth === undefined || auth === '' || /\s/.test(auth)) {
    throw new GReaderBadResponseError(ENDPOINT, 'it holds no Auth token');
  }
  return auth;
}

/** `Key=value` lines, or the same keys in a JSON object (`output=json` on some servers), keys in lower case. */
function readFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const json = tryJsonObject(body);
  if (json !== null) {
    for (const [key, value] of Object.entries(json)) {
      const text = asText(value);
      if (text !== null) fields.set(key.toLowerCase(), text);
    }
    return fields;
  }
  for (const line of body.split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at > 0) fields.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return fields;
}

function tryJsonObject(body: string) {
  if (!body.trimStart().startsWith('{')) return null;
  try {
    return asObject(JSON.parse(body));
  } catch {
    return null;
  }
}
