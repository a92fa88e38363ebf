/**
 * What stands before every route: injected faults, Inoreader's app credentials and daily quota, and the session
 * and write tokens. Each refusal is answered the way its server documents it.
 */
import { randomBytes } from 'node:crypto';
import type { FakeRequest, Reply } from './fake-request';
import type { FakeVariant } from './variants';

export interface FakeFault {
  /** Endpoint under the API root, e.g. `reader/api/0/stream/items/ids`. */
  endpoint: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Let this many matching requests through first (a 5xx in the middle of paging). */
  skip?: number;
  /** How many requests to fail (default 1). */
  times?: number;
}

export interface FakeQuota {
  zone1: number;
  zone2: number;
  /** What X-Reader-Limits-Reset-After (and Retry-After) say when the quota is spent. */
  resetAfterSeconds: number;
}

/**
 * Inoreader's zones (https://www.inoreader.com/developers/rate-limiting): reads count in zone 1, writes in zone 2;
 * ClientLogin in neither.
 */
const ZONE2 = new Set([
  'reader/api/0/save-user-pref',
  'reader/api/0/preference/stream/set',
  'reader/api/0/mark-all-as-read',
  'reader/api/0/mark-all-as-read-undo',
  'reader/api/0/subscription/quickadd',
  'reader/api/0/subscription/edit',
  'reader/api/0/edit-tag',
  'reader/api/0/rename-tag',
  'reader/api/0/disable-tag',
]);

export class FakeGate {
  readonly faults: (FakeFault & { skip: number; times: number })[] = [];
  readonly usage = { zone1: 0, zone2: 0 };
  private readonly sessions = new Set<string>();
  private readonly writeTokens = new Set<string>();

  constructor(
    private readonly variant: FakeVariant,
    private readonly app: { appId: string; appKey: string },
    public quota: FakeQuota | null,
  ) {}

  addFault(fault: FakeFault): void {
    this.faults.push({ ...fault, skip: fault.skip ?? 0, times: fault.times ?? 1 });
  }

  /** An injected fault for this request, if one is due. */
  fault(request: FakeRequest): Reply | null {
    const fault = this.faults.find((entry) => entry.endpoint === request.endpoint);
    if (!fault) return null;
    if (fault.skip > 0) {
      fault.skip--;
      return null;
    }
    if (--fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? `Injected HTTP ${fault.status}` };
  }

  /** Inoreader: 403 without the app's headers (https://www.inoreader.com/developers/app-auth). */
  appRefusal(request: FakeRequest): Reply | null {
    if (!this.variant.appCredentials) return null;
    const ok = request.headers.appid === this.app.appId && request.headers.appkey === this.app.appKey;
    return ok ? null : { status: 403, body: 'Invalid AppId or AppKey' };
  }

  /** Counts the request in its zone; a 429 once the zone's daily limit is spent. */
  countQuota(request: FakeRequest): Reply | null {
    if (this.quota === null || !request.endpoint.startsWith('reader/')) return null;
    const zone = ZONE2.has(request.endpoint) ? 'zone2' : 'zone1';
    this.usage[zone]++;
    if (this.usage[zone] <= this.quota[zone]) return null;
    const wait = String(this.quota.resetAfterSeconds);
    // Inoreader's docs promise X-Reader-Limits-Reset-After; Retry-After is sent too, as HTTP says a 429 may.
    return { status: 429, headers: { 'Retry-After': wait }, body: 'Daily request limit reached' };
  }

  quotaHeaders(): Record<string, string> {
    if (this.quota === null) return {};
    return {
      'X-Reader-Zone1-Limit': String(this.quota.zone1),
      'X-Reader-Zone2-Limit': String(this.quota.zone2),
      'X-Reader-Zone1-Usage': String(this.usage.zone1),
      'X-Reader-Zone2-Usage': String(this.usage.zone2),
      'X-Reader-Limits-Reset-After': String(this.quota.resetAfterSeconds),
    };
  }

  resetQuota(): void {
    this.usage.zone1 = 0;
    this.usage.zone2 = 0;
  }

  // Tokens

  newSession(user: string): string {
    const token = `${user}/${randomBytes(20).toString('hex')}`;
    this.sessions.add(token);
    return token;
  }

  newWriteToken(session: string): string {
    // Miniflux's T is the Auth token itself (internal/googlereader/README.md, "GET /reader/api/0/token").
    if (this.variant.writeTokenIsAuth) return session;
    const token = randomBytes(28).toString('hex').slice(0, 57);
    this.writeTokens.add(token);
    return token;
  }

  endSessions(): void {
    this.sessions.clear();
    this.writeTokens.clear();
  }

  expireWriteTokens(): void {
    this.writeTokens.clear();
  }

  /** The request's session token, or a 401 the way this server sends it. */
  authorize(request: FakeRequest): { session: string } | { refusal: Reply } {
    const refusal: Reply = { status: 401, headers: { [this.variant.badTokenHeader]: 'true' }, body: 'Unauthorized' };
    const t = request.params.get('T');
    if (request.method === 'POST' && this.variant.writeTokenIsAuth) {
      // Miniflux: "POST requests are authenticated with T … do not accept the token from the Authorization header".
      return t !== null && this.sessions.has(t) ? { session: t } : { refusal };
    }
    const session = /^GoogleLogin auth=(\S+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    if (session === undefined || !this.sessions.has(session)) return { refusal };
    if (request.method === 'POST') {
      if (t === null ? this.variant.requireWriteToken : !this.writeTokens.has(t)) return { refusal };
    }
    return { session };
  }
}
